// RunRecord: what a run read and found, for the workbook's notes and report.json.
#pragma once

#include <string>
#include <vector>

#include "scdash/core/cell_account.hpp"
#include "scdash/core/diagnostic.hpp"

namespace scdash::render {

struct SourceFile {
  std::string name;     // as diagnostics name it
  std::string mapping;  // the mapping file that read it
  std::size_t observations = 0;
  core::CellAccount cells_in_region;  // what became of each non-empty cell it maps
};

struct RunRecord {
  std::vector<SourceFile> files;
  core::Diagnostics diagnostics;
};

}  // namespace scdash::render
