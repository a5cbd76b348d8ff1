#include "e2e/program_and_sheets.hpp"
#include "scdash/platform/disk_file_system.hpp"

#include <catch2/catch.hpp>
#include <cstdlib>

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

std::vector<std::string> scdash_command(const std::vector<std::string>& arguments) {
  std::vector<std::string> command;
  const char* program = std::getenv("SCDASH_TEST_PROGRAM");
  if (program == nullptr) {
    command.push_back(SCDASH_EXE);
  } else {
    if (const char* runner = std::getenv("SCDASH_TEST_RUNNER")) {
      command.push_back(runner);
    }
    command.push_back(program);
  }
  command.insert(command.end(), arguments.begin(), arguments.end());
  return command;
}

ProgramResult run_scdash(const std::vector<std::string>& arguments) {
  return run_program(scdash_command(arguments), kSource);
}

ProgramResult run_scdash_script(const std::filesystem::path& work, const std::string& script) {
  std::vector<std::string> command = {"/usr/bin/env",
                                      "WORK=" + work.string(),
                                      "RETURNS=" + (kSource / "examples/returns").string(),
                                      "/bin/sh",
                                      "-c",
                                      script,
                                      "sh"};
  const auto scdash = scdash_command();
  command.insert(command.end(), scdash.begin(), scdash.end());
  return run_program(command, kSource);
}

DashboardSheet::DashboardSheet(const std::filesystem::path& workbook)
    : cells_(read_sheet(workbook, "Dashboard")) {}

const io::Cell& DashboardSheet::at(const std::string& label, const std::string& heading) const {
  std::string row;
  std::string column;
  for (const auto& [reference, cell] : cells_) {
    const core::CellRef ref = cell.ref;
    if (cell.type == io::CellType::string && cell.text.starts_with(label)) {
      row = std::to_string(ref.row + 1);
    }
    if (cell.type == io::CellType::string && cell.text.starts_with(heading) && ref.row < 10) {
      column = core::column_name(ref.column);
    }
  }
  INFO(label << " / " << heading);
  REQUIRE(!row.empty());
  REQUIRE(!column.empty());
  return cells_.at(column + row);
}

}  // namespace scdash::testing
