// Which sheet a mapping reads (by name, pattern or position; hidden sheets never), and which
// mapping reads which sheet when several match a file's name (two partners' files named alike,
// told apart by fingerprint; two tables of one workbook on sheets of their own).
#include <catch2/catch.hpp>

#include <xlsxwriter.h>

#include "mapping/mapping_fixture.hpp"
#include "scdash/core/calendar.hpp"
#include "scdash/io/workbook.hpp"
#include "scdash/mapping/discover.hpp"
#include "scdash/mapping/extract.hpp"
#include "scdash/platform/disk_file_system.hpp"
#include "support/fake_workbook.hpp"
#include "support/memory_file_system.hpp"
#include "support/run_program.hpp"

using namespace scdash;
using namespace scdash::testing;

namespace {

// Two sheets with the same layout; the first one hidden, as partners hide last year's.
FakeWorkbook two_sheets() {
  FakeWorkbook workbook;
  workbook.add_sheet("Data 2024", {{text("District"), text("Apr-24")}, {text("Blaby"), number(1)}});
  workbook.add_sheet("Data 2025", {{text("District"), text("Apr-25")}, {text("Blaby"), number(2)}});
  workbook.add_sheet("Chart", {{text("nothing")}});
  workbook.set_visibility(0, io::SheetVisibility::hidden);
  return workbook;
}

mapping::Extraction extract(const std::string& sheet, FakeWorkbook& workbook) {
  return mapping::extract(
      load_mapping("files: [x]\n" + sheet +
                   "table: {shape: wide, area_column: District}\nmeasure: m.x\n"),
      workbook, "r.xlsx", test_areas());
}

}  // namespace

TEST_CASE("a sheet by name, by pattern or by position among the visible sheets") {
  FakeWorkbook workbook = two_sheets();
  CHECK(compact(extract("sheet: data  2025\n", workbook)) ==
        std::vector<std::string>{"m.x E07000129 2025-04 2 B2"});
  CHECK(compact(extract("sheet: {pattern: \"Data *\"}\n", workbook)) ==
        std::vector<std::string>{"m.x E07000129 2025-04 2 B2"});
  CHECK(compact(extract("sheet: {position: 1}\n", workbook)) ==
        std::vector<std::string>{"m.x E07000129 2025-04 2 B2"});
  CHECK(compact(extract("", workbook)) == std::vector<std::string>{"m.x E07000129 2025-04 2 B2"});
}

TEST_CASE("a hidden sheet is not read, with a note") {
  FakeWorkbook workbook = two_sheets();
  const auto result = extract("sheet: {pattern: \"Data *\"}\n", workbook);
  REQUIRE(codes(result.diagnostics) ==
          std::vector<std::string>{"mapping-sheet-hidden", "mapping-sheet-not-read"});
  CHECK(result.diagnostics[0].to_string() ==
        "r.xlsx!Data 2024: info: the sheet is hidden, so it is not read [mapping-sheet-hidden]");
  const auto named = extract("sheet: Data 2024\n", workbook);
  CHECK(codes(named.diagnostics) ==
        std::vector<std::string>{"mapping-sheet-hidden", "mapping-sheet-missing"});
  CHECK(named.observations.empty());
  const auto third = extract("sheet: {position: 3}\n", workbook);
  CHECK(third.diagnostics.back().message == "there is no visible sheet number 3");
}

TEST_CASE("every sheet the mapping does not read is reported by name, hidden or not") {
  FakeWorkbook workbook = two_sheets();
  const auto result = extract("sheet: Data 2025\n", workbook);
  std::vector<std::string> reported;
  for (const auto& diagnostic : result.diagnostics) {
    reported.push_back(diagnostic.to_string());
  }
  CHECK(reported == std::vector<std::string>{
                        "r.xlsx!Data 2024: info: the hidden sheet is not read: test.yaml reads "
                        "'Data 2025' only [mapping-sheet-not-read]",
                        "r.xlsx!Chart: info: the sheet is not read: test.yaml reads 'Data 2025' "
                        "only [mapping-sheet-not-read]"});
  // Where no sheet fits, that is the error, and the sheets are named there.
  CHECK(codes(extract("sheet: Data 2026\n", workbook).diagnostics) ==
        std::vector<std::string>{"mapping-sheet-missing"});
}

TEST_CASE("fingerprints tell apart two partners' files named alike") {
  const std::vector<mapping::Mapping> mappings = {
      load_mapping("files: [asb-*.xlsx]\nfingerprint: Leicestershire Police\ntable: {shape: wide, "
                   "area_column: District}\nmeasure: asb.police\n",
                   "asb-police.yaml"),
      load_mapping("files: [asb-*.xlsx]\nfingerprint: [Hinckley, Community Safety Partnership]\n"
                   "table: {shape: wide, area_column: Area}\nmeasure: asb.hbbc\n",
                   "asb-hbbc.yaml")};
  MemoryFileSystem disk;
  disk.add_file("returns/asb-2025-09.xlsx", "x");
  disk.add_file("returns/other.xlsx", "x");
  core::Diagnostics diagnostics;
  const auto assignments = mapping::discover_returns(disk, "returns", mappings, diagnostics);
  REQUIRE(assignments);
  REQUIRE(assignments->size() == 1);
  const mapping::Assignment& assignment = assignments->front();
  CHECK(assignment.candidates.size() == 2);  // the name alone does not decide
  CHECK(codes(diagnostics) == std::vector<std::string>{"return-unmatched"});  // other.xlsx

  FakeWorkbook hbbc;
  hbbc.add_sheet("ASB", {{text("Hinckley & Bosworth Community Safety Partnership")},
                         {text("Area"), text("Apr-25")}});
  FakeWorkbook police;
  police.add_sheet(
      "ASB", {{text("LEICESTERSHIRE POLICE: ASB incidents")}, {text("District"), text("Apr-25")}});
  FakeWorkbook neither;
  neither.add_sheet("ASB", {{text("Rutland County Council")}});
  const auto only = [&](FakeWorkbook& workbook) {
    diagnostics.clear();
    const auto claims = mapping::claim_sheets(assignment, workbook, diagnostics);
    return claims.size() == 1 && claims[0].sheets == std::vector<std::size_t>{0} ? claims[0].mapping
                                                                                 : nullptr;
  };
  CHECK(only(hbbc) == &mappings[1]);
  CHECK(diagnostics.empty());
  CHECK(only(police) == &mappings[0]);
  CHECK(diagnostics.empty());
  CHECK(mapping::claim_sheets(assignment, neither, diagnostics).empty());
  CHECK(codes(diagnostics) == std::vector<std::string>{"return-unmatched"});
}

TEST_CASE("a workbook with two tables of different shapes on two sheets is read by two mappings") {
  // The police's crime by district and month (wide), and its outcomes one row per figure (long).
  const std::vector<mapping::Mapping> mappings = {
      load_mapping("files: [police-*.xlsx]\nsheet: Crime\n"
                   "table: {shape: wide, area_column: District}\nmeasure: crime.total\n",
                   "police-crime.yaml"),
      load_mapping("files: [police-*.xlsx]\nsheet: Outcomes\n"
                   "table: {shape: long, area_column: Area, period_column: Month, value_column: "
                   "Outcomes}\nmeasure: crime.outcomes\n",
                   "police-outcomes.yaml")};
  FakeWorkbook workbook;
  workbook.add_sheet("Crime", {{text("District"), text("Apr-25"), text("May-25")},
                               {text("Blaby"), number(486), number(472)},
                               {text("Charnwood"), number(1203), number(1187)}});
  workbook.add_sheet("Outcomes", {{text("Area"), text("Month"), text("Outcomes")},
                                  {text("Blaby"), text("Apr-25"), number(61)},
                                  {text("Charnwood"), text("May-25"), number(155)}});
  workbook.add_sheet("Notes", {{text("Figures are provisional")}});
  core::Diagnostics diagnostics;
  const auto assignment = mapping::assign_return("r/police-2025-26-Q1.xlsx",
                                                 "r/police-2025-26-Q1.xlsx", mappings, diagnostics);
  REQUIRE(assignment);
  const auto result = mapping::extract(*assignment, workbook, test_areas());
  CHECK(mapping::mapping_files(result.claims) == "police-crime.yaml and police-outcomes.yaml");
  CHECK(compact(result) ==
        std::vector<std::string>{
            "crime.total E07000129 2025-04 486 B2", "crime.total E07000129 2025-05 472 C2",
            "crime.total E07000130 2025-04 1203 B3", "crime.total E07000130 2025-05 1187 C3",
            "crime.outcomes E07000129 2025-04 61 C2", "crime.outcomes E07000130 2025-05 155 C3"});
  CHECK(result.accounted());
  REQUIRE(codes(result.diagnostics) == std::vector<std::string>{"mapping-sheet-not-read"});
  CHECK(result.diagnostics[0].to_string() ==
        "r/police-2025-26-Q1.xlsx!Notes: info: the sheet is not read: police-crime.yaml reads "
        "'Crime' and police-outcomes.yaml reads 'Outcomes' [mapping-sheet-not-read]");
}

TEST_CASE("two mappings that would read the same sheet are an error naming both and the sheet") {
  const std::vector<mapping::Mapping> mappings = {
      load_mapping("files: [a*]\ntable: {shape: wide, area_column: District}\nmeasure: m.a\n",
                   "a.yaml"),
      load_mapping("files: [\"*.xlsx\"]\nsheet: {pattern: \"*\"}\n"
                   "table: {shape: wide, area_column: District}\nmeasure: m.b\n",
                   "b.yaml")};
  core::Diagnostics diagnostics;
  const auto assignment = mapping::assign_return("r/a.xlsx", "r/a.xlsx", mappings, diagnostics);
  REQUIRE(assignment);  // the name alone does not decide: the sheets do
  CHECK(diagnostics.empty());
  FakeWorkbook workbook;
  workbook.add_sheet("Q1", {{text("District"), text("Apr-25")}, {text("Blaby"), number(1)}});
  workbook.add_sheet("Q2", {{text("District"), text("Jul-25")}, {text("Blaby"), number(2)}});
  const auto result = mapping::extract(*assignment, workbook, test_areas());
  // Both read the first sheet, so neither does; the second is b.yaml's alone.
  CHECK(compact(result) == std::vector<std::string>{"m.b E07000129 2025-07 2 B2"});
  REQUIRE(codes(result.diagnostics) == std::vector<std::string>{"return-matched-twice"});
  CHECK(result.diagnostics[0].to_string() ==
        "r/a.xlsx!Q1: error: both a.yaml and b.yaml read this sheet's cell A1, so neither's "
        "figures from the sheet are used [return-matched-twice]");
  // Q1's Blaby figure was read twice and used by neither: counted once, as reported.
  CHECK(result.cells_in_region.non_empty == 2);
  CHECK(result.cells_in_region.reported == 1);
  CHECK(result.cells_in_region.used == 1);
  CHECK(result.accounted());
}

TEST_CASE("two tables on one sheet are read by two mappings when each reads cells of its own") {
  // Crime by district and month on top; below it, after a gap, outcomes one row per figure.
  const std::vector<mapping::Mapping> mappings = {
      load_mapping("files: [police-*.xlsx]\n"
                   "table: {shape: wide, area_column: District}\nmeasure: crime.total\n",
                   "police-crime.yaml"),
      load_mapping("files: [police-*.xlsx]\n"
                   "table: {shape: long, find_header: Outcome area, area_column: Outcome area, "
                   "period_column: Month, value_column: Outcomes}\nmeasure: crime.outcomes\n",
                   "police-outcomes.yaml")};
  FakeWorkbook workbook;
  workbook.add_sheet("Police", {{text("District"), text("Apr-25"), text("May-25")},
                                {text("Blaby"), number(486), number(472)},
                                {text("Charnwood"), number(1203), number(1187)},
                                {},
                                {text("Outcome area"), text("Month"), text("Outcomes")},
                                {text("Blaby"), text("Apr-25"), number(61)},
                                {text("Charnwood"), text("May-25"), number(155)}});
  core::Diagnostics diagnostics;
  const auto assignment =
      mapping::assign_return("r/police-q1.xlsx", "r/police-q1.xlsx", mappings, diagnostics);
  REQUIRE(assignment);
  const auto result = mapping::extract(*assignment, workbook, test_areas());
  CHECK(compact(result) ==
        std::vector<std::string>{
            "crime.total E07000129 2025-04 486 B2", "crime.total E07000129 2025-05 472 C2",
            "crime.total E07000130 2025-04 1203 B3", "crime.total E07000130 2025-05 1187 C3",
            "crime.outcomes E07000129 2025-04 61 C6", "crime.outcomes E07000130 2025-05 155 C7"});
  CHECK(problem_codes(result.diagnostics).empty());
  CHECK(result.accounted());
}

TEST_CASE("a real .xlsx: a hidden sheet, date headings and a title found by fingerprint") {
  TemporaryFolder folder;
  const auto path = folder.path() / "asb.xlsx";
  lxw_workbook* book = workbook_new(path.string().c_str());
  lxw_worksheet* old = workbook_add_worksheet(book, "Old");
  lxw_worksheet* sheet = workbook_add_worksheet(book, "New");
  worksheet_hide(old);
  worksheet_activate(sheet);
  lxw_format* month = workbook_add_format(book);
  format_set_num_format(month, "mmm-yy");
  worksheet_write_string(old, 0, 0, "District", nullptr);
  worksheet_write_string(sheet, 0, 0, "Leicestershire Police ASB", nullptr);
  worksheet_write_string(sheet, 2, 0, "District", nullptr);
  worksheet_write_number(sheet, 2, 1, kApril2025, month);
  worksheet_write_string(sheet, 3, 0, "Charnwood", nullptr);
  worksheet_write_number(sheet, 3, 1, 77, nullptr);
  REQUIRE(workbook_close(book) == LXW_NO_ERROR);

  const auto disk = scdash::platform::make_disk_file_system();
  auto opened = io::open_workbook(*disk, path, "asb.xlsx");
  REQUIRE(opened);
  const auto result = mapping::extract(
      load_mapping("files: [asb*]\nsheet: {pattern: \"*\"}\nfingerprint: leicestershire police\n"
                   "table: {shape: wide, area_column: District}\nmeasure: asb.total\n"),
      **opened, "asb.xlsx", test_areas());
  CHECK(compact(result) == std::vector<std::string>{"asb.total E07000130 2025-04 77 B4"});
  CHECK(codes(result.diagnostics) == std::vector<std::string>{"mapping-sheet-hidden"});
}

TEST_CASE("one of a workbook's mappings whose sheet is gone says so, while the other reads") {
  const std::vector<mapping::Mapping> mappings = {
      load_mapping("files: [police-*.xlsx]\nsheet: Crime\n"
                   "table: {shape: wide, area_column: District}\nmeasure: crime.total\n",
                   "police-crime.yaml"),
      load_mapping("files: [police-*.xlsx]\nsheet: Outcomes\n"
                   "table: {shape: wide, area_column: District}\nmeasure: crime.outcomes\n",
                   "police-outcomes.yaml")};
  FakeWorkbook workbook;  // the partner renamed 'Crime' to 'Recorded crime'
  workbook.add_sheet("Recorded crime",
                     {{text("District"), text("Apr-25")}, {text("Blaby"), number(486)}});
  workbook.add_sheet("Outcomes", {{text("District"), text("Apr-25")}, {text("Blaby"), number(61)}});
  core::Diagnostics diagnostics;
  const auto assignment =
      mapping::assign_return("r/police-q1.xlsx", "r/police-q1.xlsx", mappings, diagnostics);
  REQUIRE(assignment);
  const auto result = mapping::extract(*assignment, workbook, test_areas());
  CHECK(compact(result) == std::vector<std::string>{"crime.outcomes E07000129 2025-04 61 B2"});
  REQUIRE(problem_codes(result.diagnostics) == std::vector<std::string>{"mapping-sheet-missing"});
  CHECK(result.diagnostics[0].message == "no sheet named 'Crime'");
  CHECK(result.diagnostics[0].hint.starts_with(
      "the workbook's visible sheets are: Recorded crime, Outcomes"));
}
