// Drafting a mapping from a return's layout (scdash init-mapping): the shape is recognised, and
// once its TODOs are filled in, the draft reads the return.
#include <catch2/catch.hpp>

#include "mapping/mapping_fixture.hpp"
#include "scdash/mapping/draft.hpp"
#include "scdash/mapping/extract.hpp"
#include "scdash/mapping/glob.hpp"
#include "scdash/mapping/load.hpp"
#include "support/fake_workbook.hpp"

using namespace scdash;
using namespace scdash::testing;

namespace {

std::string draft(FakeWorkbook& workbook, const std::string& file = "returns/return-2025-09.xlsx",
                  const std::string& sheet = "") {
  const auto drafted = mapping::draft_mapping(workbook, file, sheet, test_areas());
  REQUIRE(drafted);
  return *drafted;
}

bool has_line(const std::string& text, const std::string& line) {
  return ("\n" + text).find("\n" + line) != std::string::npos;
}

// The draft with each value written "TODO" replaced in turn, to the end of its line, by the
// given texts.
std::string finish(std::string text, const std::vector<std::string>& answers) {
  for (const auto& answer : answers) {
    const auto at = text.find(": TODO");
    REQUIRE(at != std::string::npos);
    const auto end = text.find('\n', at);
    text.replace(at + 2, end - at - 2, answer);
  }
  CHECK(text.find(": TODO") == std::string::npos);
  return text;
}

}  // namespace

TEST_CASE("a wide return is drafted as areas down and months across, and its draft reads it") {
  FakeWorkbook workbook;
  workbook.add_sheet("Districts", {{text("Leicestershire Police - Recorded crime by district")},
                                   {},
                                   {text("District"), date(kApril2025), date(kMay2025)},
                                   {text("Blaby"), number(410), number(425)},
                                   {text("H&B"), number(388), number(1402)},
                                   {text("Total"), number(798), number(1827)}});
  const std::string text = draft(workbook);
  INFO(text);
  // "\?" for each '?' of a pattern: "??-" in a C++ literal is a trigraph.
  CHECK(has_line(text, "files: [\"return-\?\?\?\?-\?\?.xlsx\"]"));
  CHECK(has_line(text, "sheet: Districts"));
  CHECK(has_line(text, "# fingerprint: Leicestershire Police - Recorded crime by district"));
  CHECK(has_line(text, "  shape: wide"));
  CHECK(has_line(text, "  area_column: District  # 2 of 3 labels recognised"));
  CHECK(has_line(text, "  across: periods  # 2 headings in row 3"));
  CHECK(has_line(text, "  stop_at: [Total]"));
  // The loader refuses the unfinished draft.
  CHECK_FALSE(mapping_errors(text).empty());
  const auto finished = finish(text, {"police", "crime.total"});
  const auto result = mapping::extract(load_mapping(finished), workbook, "r.xlsx", test_areas());
  CHECK(result.observations.size() == 4);
}

TEST_CASE("the transpose is drafted as months down and areas across") {
  FakeWorkbook workbook;
  workbook.add_sheet("Data", {{text("Month"), text("Blaby"), text("Charnwood")},
                              {text("Apr-25"), number(1), number(2)},
                              {text("May-25"), number(3), number(4)}});
  const std::string text = draft(workbook);
  INFO(text);
  CHECK(has_line(text, "  period_column: Month  # 2 of 2 labels recognised"));
  CHECK(has_line(text, "  across: areas  # 2 headings in row 1"));
  const auto finished = finish(text, {"x", "asb.total"});
  CHECK(mapping::extract(load_mapping(finished), workbook, "r.xlsx", test_areas())
            .observations.size() == 4);
}

TEST_CASE("a long return is drafted with its measure labels listed for the analyst") {
  FakeWorkbook workbook;
  workbook.add_sheet("ASB", {{text("District"), text("Month"), text("Category"), text("Incidents")},
                             {text("Blaby"), text("Apr-25"), text("Personal"), number(3)},
                             {text("Blaby"), text("Apr-25"), text("Nuisance"), number(30)},
                             {text("H&B"), text("May-25"), text("Personal"), number(4)}});
  const std::string text = draft(workbook);
  INFO(text);
  CHECK(has_line(text, "  shape: long  # one figure per row"));
  CHECK(has_line(text, "  area_column: District"));
  CHECK(has_line(text, "  period_column: Month"));
  CHECK(has_line(text, "  measure_column: Category"));
  CHECK(has_line(text, "  value_column: Incidents"));
  CHECK(has_line(text, "  Personal: TODO"));
  CHECK(has_line(text, "  Nuisance: TODO"));
  const auto finished = finish(text, {"x", "asb.personal", "asb.nuisance"});
  CHECK(mapping::extract(load_mapping(finished), workbook, "r.xlsx", test_areas())
            .observations.size() == 3);
}

TEST_CASE("a record-level extract is drafted as records counted by area and month") {
  FakeWorkbook workbook;
  std::vector<std::vector<io::Cell>> rows = {
      {text("Crime ref"), text("Recorded"), text("Local authority"), text("Offence group")}};
  for (int i = 0; i < 20; ++i) {
    rows.push_back({text("C" + std::to_string(i)), date(kApril2025 + i), text("Charnwood"),
                    text(i % 2 ? "Robbery" : "Burglary")});
  }
  workbook.add_sheet("crimes", rows);
  const std::string text = draft(workbook, "police-crimes.csv");
  INFO(text);
  CHECK(has_line(text, "files: [police-crimes.csv]"));
  // A CSV's one sheet is named after the file: the draft names none, so the next file reads.
  CHECK(has_line(text, "# Drafted by 'scdash init-mapping' from police-crimes.csv."));
  CHECK(text.find("sheet:") == std::string::npos);
  CHECK(has_line(text, "  shape: records"));
  CHECK(has_line(text, "  area_column: Local authority"));
  CHECK(has_line(text, "  period_column: Recorded"));
  CHECK(has_line(text, "      # where: {column: Offence group, in: [Burglary]}"));
  const auto finished = finish(text, {"x", "crime.total"});
  const auto result = mapping::extract(load_mapping(finished), workbook, "r.csv", test_areas());
  REQUIRE(result.observations.size() == 1);
  CHECK(result.observations[0].value == 20);
}

TEST_CASE("a street-level file is drafted as records: its month, its LSOA's district, its type") {
  // data.police.uk's columns: an id, the month, the force, coordinates, the LSOA, the type.
  FakeWorkbook workbook;
  std::vector<std::vector<io::Cell>> rows = {
      {text("Crime ID"), text("Month"), text("Reported by"), text("Longitude"), text("Latitude"),
       text("LSOA name"), text("Crime type"), text("Last outcome category")}};
  const char* lsoas[] = {"Charnwood 012A", "Blaby 003C", "Leicester 041B", "Charnwood 001D"};
  const char* types[] = {"Anti-social behaviour", "Burglary", "Vehicle crime"};
  for (int i = 0; i < 24; ++i) {
    const bool asb = i % 3 == 0;
    rows.push_back({text(asb ? "" : "3f9c" + std::to_string(i)), text("2025-09"),
                    text("Leicestershire Police"), number(-1.1 - i / 100.0),
                    number(52.6 + i / 100.0), text(lsoas[i % 4]), text(types[i % 3]),
                    text(asb ? "" : "Under investigation")});
  }
  workbook.add_sheet("2025-09-leicestershire-street", rows);
  const std::string text = draft(workbook, "2025-09-leicestershire-street.csv");
  INFO(text);
  CHECK(has_line(text, "files: [\"\?\?\?\?-\?\?-leicestershire-street.csv\"]"));
  CHECK(has_line(text,
                 "  shape: records  # one row per crime or incident, counted by area and "
                 "month"));
  CHECK(has_line(text, "    header: LSOA name"));
  CHECK(has_line(text,
                 "    pattern: \"(*) \?\?\?\?\"  # the area before a code: 18 of 24 "
                 "values"));
  CHECK(has_line(text, "    outside: [Leicester]  # no area of the partnership: check each"));
  CHECK(has_line(text, "  period_column: Month"));
  CHECK(has_line(text, "      # where: {column: Crime type, in: [Anti-social behaviour]}"));
  CHECK(has_line(text, "# Crime type seen: Anti-social behaviour, Burglary, Vehicle crime"));
  // Filled in, it reads: 18 rows in the partnership's districts, the city's 6 left out.
  const auto finished = finish(text, {"data.police.uk street-level crime", "crime.total"});
  const auto result = mapping::extract(load_mapping(finished), workbook, "r.csv", test_areas());
  CHECK(compact(result) == std::vector<std::string>{"crime.total E07000129 2025-09 6 B3",
                                                    "crime.total E07000130 2025-09 12 B2"});
  CHECK(result.cells_in_region.excluded == 6);
  CHECK(result.accounted());
}

TEST_CASE("a table of figures with no month column is not taken for records") {
  // Districts down, two measures across, the quarter in the title: figures, not events.
  FakeWorkbook workbook;
  workbook.add_sheet("Q2", {{text("Quarter 2 2025/26")},
                            {text("District"), text("Crimes"), text("Arrests")},
                            {text("Blaby"), number(1410), number(210)},
                            {text("Charnwood"), number(4230), number(600)},
                            {text("H&B"), number(1002), number(188)}});
  const std::string text = draft(workbook);
  INFO(text);
  CHECK(has_line(text, "  shape: wide"));
  CHECK(has_line(text, "  area_column: District"));
  CHECK(has_line(text, "  across: measures  # the headings are looked up in 'measures' below"));
  CHECK(text.find("records") == std::string::npos);
}

TEST_CASE("a form is drafted as its figures beside their labels, dated by its title") {
  FakeWorkbook workbook;
  workbook.add_sheet("Return", {{text("MARAC quarterly return")},
                                {text("Period:"), text("Quarter 2 2025/26")},
                                {},
                                {blank(), text("Cases discussed"), number(125)},
                                {blank(), text("Repeat cases"), number(41)}});
  const std::string text = draft(workbook, "returns/marac.xlsx");
  INFO(text);
  CHECK(has_line(text, "  - {cell: C4, measure: TODO, label: Cases discussed}"));
  CHECK(has_line(text, "  - {cell: C5, measure: TODO, label: Repeat cases}"));
  CHECK(has_line(text, "period: {cell: B2}  # reads \"Quarter 2 2025/26\""));
  const auto finished =
      finish(text, {"x", "marac.cases, label: Cases discussed}",
                    "marac.repeat_cases, label: Repeat cases}", "Leicestershire"});
  const auto result = mapping::extract(load_mapping(finished), workbook, "r.xlsx", test_areas());
  CHECK(compact(result) ==
        std::vector<std::string>{"marac.cases E10000018 2025-07..2025-09 125 C4",
                                 "marac.repeat_cases E10000018 2025-07..2025-09 41 C5"});
}

TEST_CASE("a form's period may come from the file's name") {
  FakeWorkbook workbook;
  workbook.add_sheet("Return", {{text("Cases discussed"), number(125)}});
  const std::string text = draft(workbook, "returns/marac-2025-26-Q2.xlsx");
  INFO(text);
  CHECK(has_line(text, "period: {file_name: marac-(*).xlsx}  # reads \"2025-26-Q2\""));
}

TEST_CASE("the draft's files pattern lets dates, quarters and months change, and nothing else") {
  FakeWorkbook workbook;
  workbook.add_sheet("Return", {{text("Cases discussed"), number(125)}});
  const auto files_line = [&](const std::string& name) {
    const std::string text = draft(workbook, "returns/" + name);
    const auto at = text.find("\nfiles: ");
    REQUIRE(at != std::string::npos);
    return text.substr(at + 1, text.find('\n', at + 1) - at - 1);
  };
  CHECK(files_line("2025-09-leicestershire-street.csv") ==
        "files: [\"\?\?\?\?-\?\?-leicestershire-street.csv\"]");
  CHECK(files_line("marac-2025-26-Q2.xlsx") == "files: [\"marac-\?\?\?\?-\?\?-Q\?.xlsx\"]");
  CHECK(files_line("ASB Sept 2025.xlsx") == "files: [\"ASB * \?\?\?\?.xlsx\"]");
  CHECK(files_line("hate-crime-march.xlsx") == "files: [hate-crime-*.xlsx]");
  CHECK(files_line("community-safety.xlsx") == "files: [community-safety.xlsx]");
  // The pattern reads next quarter's file, and not another partner's.
  const std::string pattern = "marac-\?\?\?\?-\?\?-Q\?.xlsx";
  CHECK(mapping::glob_matches(pattern, "marac-2025-26-Q3.xlsx"));
  CHECK_FALSE(mapping::glob_matches(pattern, "yjs-2025-26-Q3.xlsx"));
}

TEST_CASE("drafting names a missing sheet") {
  FakeWorkbook workbook;
  workbook.add_sheet("Data", {});
  const auto drafted = mapping::draft_mapping(workbook, "r.xlsx", "Dat", test_areas());
  REQUIRE_FALSE(drafted);
  CHECK(drafted.error().code == "draft-sheet-missing");
  CHECK(drafted.error().hint == "the visible sheets are: Data");
}

TEST_CASE("partner text with line breaks and control characters cannot forge the draft's YAML") {
  FakeWorkbook workbook;
  // A sheet named to end the comment and the 'sheet' value and add keys of its own.
  const std::string forged = "Data\nfiles: [\"*\"]\x01";
  workbook.add_sheet(forged, {{text("District"), date(kApril2025), date(kMay2025)},
                              {text("Blaby"), number(410), number(425)},
                              {text("H&B"), number(388), number(1402)}});
  const std::string text = draft(workbook, "returns/return-2025-09\n#.xlsx");
  INFO(text);
  CHECK(has_line(text,
                 "# Drafted by 'scdash init-mapping' from returns/return-2025-09\\n#.xlsx, "
                 "sheet \"Data\\nfiles: [\"*\"]\\x01\"."));
  CHECK(has_line(text, "sheet: \"Data\\nfiles: [\\\"*\\\"]\\x01\""));
  CHECK_FALSE(has_line(text, "files: [\"*\"]"));
  // Finished, it reads the sheet of that very name.
  const auto finished = finish(text, {"police", "crime.total"});
  CHECK(load_mapping(finished).sheet.text.text == forged);
}
