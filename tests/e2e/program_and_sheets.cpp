#include "e2e/program_and_sheets.hpp"
#include "scdash/platform/disk_file_system.hpp"

#include <catch2/catch.hpp>

#include "scdash/core/cell_ref.hpp"
#include "scdash/core/file_system.hpp"

namespace scdash::testing {

CellMap read_sheet(const std::filesystem::path& path, const std::string& sheet_name) {
  auto disk = scdash::platform::make_disk_file_system();
  auto workbook = io::open_workbook(*disk, path, path.filename().string());
  REQUIRE(workbook);
  CellMap cells;
  const auto& sheets = (*workbook)->sheets();
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    if (sheets[i].name == sheet_name) {
      REQUIRE((*workbook)->read_sheet(i, [&](const io::Row& row) {
        for (const auto& cell : row.cells) {
          cells[core::to_a1(cell.ref)] = cell;
        }
        return true;
      }));
    }
  }
  return cells;
}

ProgramResult run_scdash(const std::vector<std::string>& arguments) {
  std::vector<std::string> command = {SCDASH_EXE};
  command.insert(command.end(), arguments.begin(), arguments.end());
  return run_program(command, kSource);
}

}  // namespace scdash::testing
