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

TEST_CASE("a workbook of two tables on two sheets is read by two mappings, in map and in run") {
  TemporaryFolder work;
  fs::create_directories(work.path() / "returns");
  fs::create_directories(work.path() / "mappings");
  fs::copy(kSource / "mappings/reference", work.path() / "mappings/reference");
  testing::write_file(work.path() / "mappings/police-crime.yaml",
                      "files: [police-quarterly-*.xlsx]\nsheet: Crime\n"
                      "table: {shape: wide, area_column: District}\nmeasure: crime.total\n");
  testing::write_file(work.path() / "mappings/police-outcomes.yaml",
                      "files: [police-quarterly-*.xlsx]\nsheet: Outcomes\n"
                      "table: {shape: long, area_column: Area, period_column: Month, "
                      "value_column: Outcomes}\nmeasure: crime.outcomes\n");
  // Crime by district and month (wide), then outcomes one row per figure (long).
  const fs::path file = work.path() / "returns/police-quarterly-2025-26-Q1.xlsx";
  lxw_workbook* workbook = workbook_new(file.string().c_str());
  lxw_worksheet* crime = workbook_add_worksheet(workbook, "Crime");
  lxw_worksheet* outcomes = workbook_add_worksheet(workbook, "Outcomes");
  worksheet_write_string(crime, 0, 0, "District", nullptr);
  worksheet_write_string(crime, 0, 1, "Apr-25", nullptr);
  worksheet_write_string(crime, 1, 0, "Blaby", nullptr);
  worksheet_write_number(crime, 1, 1, 486, nullptr);
  worksheet_write_string(crime, 2, 0, "Melton", nullptr);
  worksheet_write_number(crime, 2, 1, 301, nullptr);
  worksheet_write_string(outcomes, 0, 0, "Area", nullptr);
  worksheet_write_string(outcomes, 0, 1, "Month", nullptr);
  worksheet_write_string(outcomes, 0, 2, "Outcomes", nullptr);
  worksheet_write_string(outcomes, 1, 0, "Melton", nullptr);
  worksheet_write_string(outcomes, 1, 1, "Apr-25", nullptr);
  worksheet_write_number(outcomes, 1, 2, 44, nullptr);
  REQUIRE(workbook_close(workbook) == LXW_NO_ERROR);

  auto result = run_program(
      testing::scdash_command({"map", "returns/police-quarterly-2025-26-Q1.xlsx"}), work.path());
  INFO(result.err);
  REQUIRE(result.exit_status == 0);
  CHECK(result.out.find("read through mappings/police-crime.yaml and "
                        "mappings/police-outcomes.yaml") != std::string::npos);
  CHECK(result.out.find("crime.total     Melton (E07000133)  Apr 2025    301  Crime!B3") !=
        std::string::npos);
  CHECK(result.out.find("crime.outcomes  Melton (E07000133)  Apr 2025     44  Outcomes!C2") !=
        std::string::npos);
  CHECK(result.out.find("3 figure(s) from 3 non-empty cell(s)") != std::string::npos);

  result = run_program(
      testing::scdash_command({"run", "returns", "--template",
                               (kSource / "workbook-templates/safer-communities").string(), "--out",
                               "out/dashboard.xlsx"}),
      work.path());
  INFO(result.err);
  CHECK(result.exit_status <= 1);
  const std::string report = testing::read_file(work.path() / "out/report.json");
  CHECK(
      report.find(R"("mapping": "mappings/police-crime.yaml and mappings/police-outcomes.yaml")") !=
      std::string::npos);
  CHECK(report.find(R"("observations": 3)") != std::string::npos);
  CHECK(result.err.find("return-matched-twice") == std::string::npos);
}
