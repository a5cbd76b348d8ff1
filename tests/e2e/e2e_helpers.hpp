// Helpers for the end-to-end tests: running scdash from the source folder, and reading back
// the sheets of the workbooks it writes with scdash's own reader.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "scdash/io/cell.hpp"
#include "support/run_program.hpp"

namespace scdash::testing {

using CellMap = std::map<std::string, io::Cell>;

// Every cell of one sheet, by A1 reference.
CellMap read_sheet(const std::filesystem::path& path, const std::string& sheet_name);

// Runs build/scdash with `arguments`, in the source folder.
ProgramResult run_scdash(const std::vector<std::string>& arguments);

}  // namespace scdash::testing
