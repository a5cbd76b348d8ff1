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

// The Dashboard sheet's figures, found by the indicator's label and the column's heading, so
// that a change of layout moves nothing the tests check.
class DashboardSheet {
 public:
  explicit DashboardSheet(const std::filesystem::path& workbook);

  // The cell in the row whose label starts with `label`, under the heading starting `heading`.
  const io::Cell& at(const std::string& label, const std::string& heading) const;
  const io::Cell& previous(const std::string& label) const { return at(label, "Previous"); }
  const io::Cell& current(const std::string& label) const { return at(label, "Current"); }
  const io::Cell& nearest_neighbour(const std::string& label) const {
    return at(label, "Nearest Neighbour");
  }

 private:
  CellMap cells_;
};

// Whether `text` (a program's output, a file) holds `part`.
inline bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// The command that runs the scdash under test, then `arguments`: build/scdash, or, where
// SCDASH_TEST_PROGRAM is set, that program, run by SCDASH_TEST_RUNNER if that is set too
// (tests/windows/check_under_wine.sh runs the suite on scdash.exe under wine64 this way,
// leaving out the tests tagged [posix]: signals, flock, a terminal, LibreOffice, valgrind).
std::vector<std::string> scdash_command(const std::vector<std::string>& arguments = {});

// Runs the scdash under test with these arguments in the source folder.
ProgramResult run_scdash(const std::vector<std::string>& arguments);

// Runs `script` with sh in the source folder, with $WORK, $RETURNS (the example returns) and
// the command that runs scdash as its arguments: "$@" watch "$WORK/returns" ...
ProgramResult run_scdash_script(const std::filesystem::path& work, const std::string& script);

}  // namespace scdash::testing
