// An analyst meets a new partner return, then the partner changes its layout: init-mapping,
// map and the errors are enough, and only YAML is edited.
#include <catch2/catch.hpp>

#include <filesystem>

#include <xlsxwriter.h>

#include "e2e/program_and_sheets.hpp"

using namespace scdash;
using testing::kSource;
using testing::run_program;
using testing::TemporaryFolder;
namespace fs = std::filesystem;

namespace {

// The district council's ASB return: a title, then one row per month and category. In the
// changed layout the figures column comes before the category and is headed "Count".
void write_asb_return(const fs::path& path, bool changed_layout) {
  lxw_workbook* workbook = workbook_new(path.string().c_str());
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "ASB");
  worksheet_write_string(sheet, 0, 0, "Hinckley & Bosworth BC: ASB incidents", nullptr);
  const lxw_col_t category = changed_layout ? 3 : 2;
  const lxw_col_t value = changed_layout ? 2 : 3;
  worksheet_write_string(sheet, 2, 0, "District", nullptr);
  worksheet_write_string(sheet, 2, 1, "Month", nullptr);
  worksheet_write_string(sheet, 2, category, "Category", nullptr);
  worksheet_write_string(sheet, 2, value, changed_layout ? "Count" : "Incidents", nullptr);
  lxw_row_t row = 3;
  for (const char* month : {"Apr-25", "May-25", "Jun-25"}) {
    for (const auto& [name, incidents] :
         {std::pair<const char*, int>{"Personal", 31}, {"Nuisance", 112}, {"Environmental", 20}}) {
      worksheet_write_string(sheet, row, 0, "Hinckley and Bosworth", nullptr);
      worksheet_write_string(sheet, row, 1, month, nullptr);
      worksheet_write_string(sheet, row, category, name, nullptr);
      worksheet_write_number(sheet, row, value, incidents, nullptr);
      ++row;
    }
  }
  REQUIRE(workbook_close(workbook) == LXW_NO_ERROR);
}

testing::ProgramResult run_scdash(const fs::path& work, std::vector<std::string> arguments) {
  arguments.insert(arguments.end(), {"--mappings", (kSource / "mappings").string()});
  return run_program(testing::scdash_command(arguments), work);
}

void replace(std::string& text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("a new layout is mapped with init-mapping and map, and a changed one by editing YAML") {
  TemporaryFolder work;
  const fs::path draft = work.path() / "asb-hbbc.yaml";
  write_asb_return(work.path() / "asb-hbbc-2025-26-Q1.xlsx", false);

  // The draft recognises the long layout; what only the analyst knows is left TODO.
  auto result = run_scdash(work.path(),
                           {"init-mapping", "asb-hbbc-2025-26-Q1.xlsx", "--out", draft.string()});
  INFO(result.err);
  REQUIRE(result.exit_status == 0);
  std::string yaml = testing::read_file(draft);
  CHECK(yaml.find("shape: long") != std::string::npos);
  CHECK(yaml.find("measure_column: Category") != std::string::npos);
  CHECK(yaml.find("value_column: Incidents") != std::string::npos);

  // A draft is never overwritten by a second init-mapping.
  CHECK(
      run_scdash(work.path(), {"init-mapping", "asb-hbbc-2025-26-Q1.xlsx", "--out", draft.string()})
          .exit_status == 2);
  CHECK(testing::read_file(draft) == yaml);

  // A TODO left in is refused at its line.
  result =
      run_scdash(work.path(), {"map", "asb-hbbc-2025-26-Q1.xlsx", "--mapping", draft.string()});
  CHECK(result.exit_status == 2);
  CHECK(result.err.find("asb-hbbc.yaml:15:13: error: 'TODO' is not a measure id "
                        "[mapping-bad-measure-id]") != std::string::npos);

  replace(yaml, "Personal: TODO", "Personal: asb.personal");
  replace(yaml, "Nuisance: TODO", "Nuisance: asb.nuisance");
  replace(yaml, "Environmental: TODO", "Environmental: asb.environmental");
  testing::write_file(draft, yaml);
  result =
      run_scdash(work.path(), {"map", "asb-hbbc-2025-26-Q1.xlsx", "--mapping", draft.string()});
  REQUIRE(result.exit_status == 0);
  const std::string first_reading = result.out.substr(result.out.find("measure "));
  CHECK(first_reading.find("asb.nuisance       Hinckley and Bosworth (E07000132)  May 2025    "
                           "112  ASB!D8") != std::string::npos);
  CHECK(first_reading.find("9 figure(s) from 9 non-empty cell(s) in the mapped region: 9 read, "
                           "0 with problems, 0 left out by 'where'; 0 error(s)") !=
        std::string::npos);

  // The partner moves the figures column and renames it: the error names the new heading ...
  write_asb_return(work.path() / "asb-hbbc-2025-26-Q1.xlsx", true);
  result =
      run_scdash(work.path(), {"map", "asb-hbbc-2025-26-Q1.xlsx", "--mapping", draft.string()});
  CHECK(result.exit_status == 1);
  CHECK(result.err.find("[mapping-column-missing]") != std::string::npos);
  CHECK(result.err.find("Count") != std::string::npos);

  // ... and one alias in the YAML reads the same figures from their new cells.
  replace(yaml, "value_column: Incidents", "value_column: {header: Incidents, aliases: [Count]}");
  testing::write_file(draft, yaml);
  result =
      run_scdash(work.path(), {"map", "asb-hbbc-2025-26-Q1.xlsx", "--mapping", draft.string()});
  INFO(result.err);
  REQUIRE(result.exit_status == 0);
  CHECK(result.out.find("asb.nuisance       Hinckley and Bosworth (E07000132)  May 2025    112  "
                        "ASB!C8") != std::string::npos);
  CHECK(result.out.find("9 figure(s) from 9 non-empty cell(s)") != std::string::npos);
}
