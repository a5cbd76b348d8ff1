// Helpers the end-to-end tests share: running scdash as a user does, and reading a sheet back
// through scdash's own reader.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "scdash/io/workbook.hpp"
#include "support/run_program.hpp"

namespace scdash::testing {

// The project's source folder, where the example returns, mappings and template are.
inline const std::filesystem::path kSource = SCDASH_SOURCE_DIR;

using CellMap = std::map<std::string, io::Cell>;

// Every cell of one sheet, by A1 reference, as scdash's own reader sees it.
CellMap read_sheet(const std::filesystem::path& path, const std::string& sheet_name);

// Whether `text` (a program's output, a file) holds `part`.
inline bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// Runs build/scdash with these arguments in the source folder.
ProgramResult run_scdash(const std::vector<std::string>& arguments);

}  // namespace scdash::testing
