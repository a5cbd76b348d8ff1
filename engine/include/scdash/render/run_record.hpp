// RunRecord: what a run read and found, for the workbook's notes and report.json.
#pragma once

#include <string>
#include <vector>

#include "scdash/core/diagnostic.hpp"

namespace scdash::render {

struct SourceFile {
  std::string name;     // as diagnostics name it
  std::string mapping;  // the mapping file that read it
  std::size_t observations = 0;
  std::size_t cells_in_region = 0;
};

struct RunRecord {
  std::vector<SourceFile> files;
  core::Diagnostics diagnostics;
};

}  // namespace scdash::render
