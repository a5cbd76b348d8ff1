// Extraction: applying a mapping to a workbook, giving observations and diagnostics.
#pragma once

#include <string>
#include <vector>

#include "scdash/core/area.hpp"
#include "scdash/core/diagnostic.hpp"
#include "scdash/core/observation.hpp"
#include "scdash/io/workbook.hpp"
#include "scdash/mapping/mapping.hpp"

namespace scdash::mapping {

struct Extraction {
  std::vector<core::Observation> observations;
  core::Diagnostics diagnostics;
  // Non-empty cells inside the mapped region, each of which became an observation or a
  // diagnostic: the accounting that proves nothing was dropped silently.
  std::size_t cells_in_region = 0;
};

// Reads the workbook through the mapping. `display_name` names the file in diagnostics.
Extraction extract(const Mapping& mapping, io::Workbook& workbook, const std::string& display_name,
                   const core::AreaDirectory& areas);

}  // namespace scdash::mapping
