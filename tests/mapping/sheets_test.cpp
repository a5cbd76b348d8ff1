// Which sheet a mapping reads (by name, pattern or position; hidden sheets never), and which
// mapping reads a file when two partners' files are named alike (by fingerprint).
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
  CHECK(assignment.mapping == nullptr);  // the name alone does not decide
  CHECK(assignment.candidates.size() == 2);
  CHECK(codes(diagnostics) == std::vector<std::string>{"return-unmatched"});  // other.xlsx

  FakeWorkbook hbbc;
  hbbc.add_sheet("ASB", {{text("Hinckley & Bosworth Community Safety Partnership")},
                         {text("Area"), text("Apr-25")}});
  FakeWorkbook police;
  police.add_sheet(
      "ASB", {{text("LEICESTERSHIRE POLICE: ASB incidents")}, {text("District"), text("Apr-25")}});
  FakeWorkbook neither;
  neither.add_sheet("ASB", {{text("Rutland County Council")}});
  diagnostics.clear();
  CHECK(mapping::choose_mapping(assignment, hbbc, diagnostics) == &mappings[1]);
  CHECK(mapping::choose_mapping(assignment, police, diagnostics) == &mappings[0]);
  CHECK(diagnostics.empty());
  CHECK(mapping::choose_mapping(assignment, neither, diagnostics) == nullptr);
  CHECK(codes(diagnostics) == std::vector<std::string>{"return-unmatched"});
}

TEST_CASE("two mappings without fingerprints claiming one file is an error before it is read") {
  const std::vector<mapping::Mapping> mappings = {
      load_mapping("files: [a*]\ntable: {shape: wide, area_column: A}\nmeasure: m.a\n", "a.yaml"),
      load_mapping("files: [\"*.xlsx\"]\ntable: {shape: wide, area_column: A}\nmeasure: m.b\n",
                   "b.yaml")};
  core::Diagnostics diagnostics;
  CHECK_FALSE(mapping::assign_return("r/a.xlsx", "r/a.xlsx", mappings, diagnostics));
  REQUIRE(codes(diagnostics) == std::vector<std::string>{"return-matched-twice"});
  CHECK(diagnostics[0].message == "both a.yaml and b.yaml claim this file");
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
