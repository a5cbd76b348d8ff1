// Extraction: applying a mapping to a workbook, giving observations and diagnostics.
//
//   const auto extraction =
//       scdash::mapping::extract(mapping, *workbook, "returns/marac.xlsx", reference.areas);
//   extraction.observations.size();  // one per figure read
#pragma once

#include <string>
#include <vector>

#include "scdash/core/area.hpp"
#include "scdash/core/cell_account.hpp"
#include "scdash/core/diagnostic.hpp"
#include "scdash/core/observation.hpp"
#include "scdash/io/workbook.hpp"
#include "scdash/mapping/discover.hpp"
#include "scdash/mapping/mapping.hpp"

namespace scdash::mapping {

struct Extraction {
  std::vector<Claim> claims;  // the mappings that read the workbook, and their sheets
  std::vector<core::Observation> observations;
  core::Diagnostics diagnostics;
  // The accounting that proves nothing was dropped silently: the non-empty cells inside the
  // mapped region (for a records table, its non-blank rows), and what became of each.
  core::CellAccount cells_in_region;

  bool accounted() const { return cells_in_region.balances(); }
};

// Reads the workbook through the mapping. `display_name` names the file in diagnostics (its
// last part is the file name that `file_name` sources read). Errors in the mapping that only
// the reference data can show (an area alias that is no area) are reported here too.
Extraction extract(const Mapping& mapping, io::Workbook& workbook, const std::string& display_name,
                   const core::AreaDirectory& areas);

// Reads the return through the mappings that claim its sheets (claim_sheets shares them out),
// and names every sheet that none reads. Two mappings that read the same cells of a sheet are
// an error naming both and the cell, and neither's figures from that sheet are used. No
// claims, and nothing read, when none fits.
Extraction extract(const Assignment& assignment, io::Workbook& workbook,
                   const core::AreaDirectory& areas);

}  // namespace scdash::mapping
