#include <catch2/catch.hpp>

#include <regex>

#include <map>

#include <fmt/format.h>

#include "render/render_fixture.hpp"
#include "render/sheet_writing.hpp"
#include "render/sparklines.hpp"
#include "scdash/io/workbook.hpp"
#include "scdash/render/dashboard_workbook.hpp"
#include "support/memory_file_system.hpp"
#include "support/zip_reader.hpp"

using namespace scdash;

namespace {

// Every cell of one sheet, by A1 reference, as scdash's own reader sees it.
std::map<std::string, io::Cell> read_sheet(const std::string& bytes, std::size_t index = 0) {
  testing::MemoryFileSystem disk;
  disk.add_file("dashboard.xlsx", bytes);
  auto workbook = io::open_workbook(disk, "dashboard.xlsx", "dashboard.xlsx");
  REQUIRE(workbook);
  std::map<std::string, io::Cell> cells;
  REQUIRE((*workbook)->read_sheet(index, [&](const io::Row& row) {
    for (const auto& cell : row.cells) {
      cells[core::to_a1(cell.ref)] = cell;
    }
    return true;
  }));
  return cells;
}

}  // namespace

TEST_CASE("the Dashboard sheet has the title, the columns and the indicator's figures") {
  const testing::RenderFixture fixture;
  const auto bytes = render::render_dashboard_workbook(fixture.model, {}, {}, {});
  REQUIRE(bytes);
  auto cells = read_sheet(*bytes);

  CHECK(cells["A1"].text == "Safer Communities Performance Dashboard — 2025/26 Q2");
  CHECK(cells["A2"].text.find("12 months to Sep 2025") != std::string::npos);
  const std::vector<std::pair<const char*, const char*>> headers = {
      {"A4", "Outcome"},
      {"B4", "Overall progress RAG"},
      {"C4", "Supporting indicator"},
      {"D4", "Previous\n(12 months to Sep 2024)"},
      {"E4", "Current\n(12 months to Sep 2025)"},
      {"F4", "Change"},
      {"G4", "Direction of travel"},
      {"H4", "Progress RAG"},
      {"I4", "Trajectory"},
      {"J4", "Nearest neighbour comparison"},
      {"K4", "County comparison"},
      {"L4", "B"},
      {"M4", "R"}};
  for (const auto& [ref, heading] : headers) {
    INFO(ref);
    CHECK(cells[ref].text == heading);
  }
  CHECK(cells["A5"].text == "Ongoing reductions in crime");
  CHECK(cells["C5"].text == "Total crime rate (per 10,000 population)");
  CHECK(cells["D5"].type == io::CellType::number);
  CHECK(cells["D5"].number == 535.93);
  CHECK(cells["E5"].number == 519.25);
  CHECK(cells["F5"].number == Approx((519.25 - 535.93) / 535.93));
  CHECK(cells["G5"].text == "\u2193");
  CHECK(cells["L5"].number == 514.38);
  CHECK(cells["M5"].text == "n/a");  // never a zero
}

TEST_CASE("the same model renders to the same bytes") {
  const testing::RenderFixture fixture;
  const auto first = render::render_dashboard_workbook(fixture.model, {}, {}, {});
  const auto second = render::render_dashboard_workbook(fixture.model, {}, {}, {});
  REQUIRE(first);
  REQUIRE(second);
  CHECK(*first == *second);
}

TEST_CASE("the supporting sheets follow the Dashboard, in order") {
  const testing::RenderFixture fixture;
  const auto bytes = render::render_dashboard_workbook(fixture.model, {}, {}, {});
  REQUIRE(bytes);
  testing::MemoryFileSystem disk;
  disk.add_file("dashboard.xlsx", *bytes);
  auto workbook = io::open_workbook(disk, "dashboard.xlsx", "dashboard.xlsx");
  REQUIRE(workbook);
  std::vector<std::string> names;
  for (const auto& sheet : (*workbook)->sheets()) {
    names.push_back(sheet.name);
  }
  CHECK(names == std::vector<std::string>{"Dashboard", "Trends", "Districts", "Sources",
                                          "Data quality", "About"});

  auto trends = read_sheet(*bytes, 1);
  CHECK(trends["A2"].text == "Total crime rate (per 10,000 population)");
  CHECK(trends["B1"].text == "Oct 2023");
  CHECK(trends["B2"].number == 600);
  CHECK(trends.count("E2") == 0);  // the month without a figure is left empty
  CHECK(trends["Y2"].number == 600 - 3 * 23);

  auto districts = read_sheet(*bytes, 2);
  CHECK(districts["B2"].text == "Blaby");
  CHECK(districts["E2"].number == 514.38);
  CHECK(districts["F2"].number == 500.1);
  CHECK(districts["H2"].text == "better");
  CHECK(districts["I3"].text == "no figure for Rutland in Mar 2025");
}

TEST_CASE("the trajectory is an Excel 2010 sparkline over the Trends row") {
  const std::string xml = render::sparkline_extension({{{4, 8}, "'Trends'!B2:Y2"}}, {});
  CHECK(xml.starts_with("<extLst><ext xmlns:x14="));
  CHECK(xml.find("uri=\"{05C60535-1F16-4fd2-B633-F4F36F0B64E0}\"") != std::string::npos);
  CHECK(xml.find("<x14:sparkline><xm:f>&apos;Trends&apos;!B2:Y2</xm:f><xm:sqref>I5</xm:sqref>"
                 "</x14:sparkline>") != std::string::npos);
  CHECK(xml.ends_with("</ext></extLst>"));

  // In the written workbook, the extension closes the Dashboard's worksheet part.
  const testing::RenderFixture fixture;
  const auto bytes = render::render_dashboard_workbook(fixture.model, {}, {}, {});
  REQUIRE(bytes);
  const std::string sheet = testing::zip_entry(*bytes, "xl/worksheets/sheet1.xml");
  CHECK(sheet.find("<xm:sqref>I5</xm:sqref>") != std::string::npos);
  CHECK(sheet.ends_with("</ext></extLst></worksheet>"));
}

TEST_CASE("district cells are coloured by rules on hidden helper columns of the Dashboard itself") {
  const testing::RenderFixture fixture;
  const auto bytes = render::render_dashboard_workbook(fixture.model, {}, {}, {});
  REQUIRE(bytes);
  const std::string sheet = testing::zip_entry(*bytes, "xl/worksheets/sheet1.xml");
  // The similar rule: the county's value ($E5, row-relative) inside the district's interval,
  // which lies the same distance right of each district cell: Blaby's L5 has O5 and Q5.
  CHECK(sheet.find("<conditionalFormatting sqref=\"L5:M5\">") != std::string::npos);
  CHECK(sheet.find("AND(AND(ISNUMBER(L5),ISNUMBER(O5)),NOT(OR($E5&lt;O5,$E5&gt;Q5)))") !=
        std::string::npos);
  auto dashboard = read_sheet(*bytes, 0);
  CHECK(dashboard["N5"].number == -1);  // lower is better, just right of the last district
  CHECK(dashboard["O5"].number == 500.1);
  CHECK(dashboard["Q5"].number == 528.9);
  CHECK(dashboard.count("P5") == 0);  // Rutland has no interval
  CHECK(dashboard["O4"].text == "Lower 95% B");
  // Hidden, and outside the print area, which ends at the last district.
  CHECK(std::regex_search(sheet, std::regex("<col min=\"14\" max=\"18\" [^>]*hidden=\"1\"")));
  CHECK(testing::zip_entry(*bytes, "xl/workbook.xml").find("Dashboard!$A$1:$M$") !=
        std::string::npos);
}

TEST_CASE(
    "no conditional format refers to another sheet, which Excel 2007 and Google Sheets drop") {
  const testing::RenderFixture fixture;
  const auto bytes = render::render_dashboard_workbook(fixture.model, {}, {}, {});
  REQUIRE(bytes);
  const std::string sheet = testing::zip_entry(*bytes, "xl/worksheets/sheet1.xml");
  std::size_t formulas = 0;
  for (auto at = sheet.find("<cfRule "); at != std::string::npos;
       at = sheet.find("<cfRule ", at + 1)) {
    const std::string rule = sheet.substr(at, sheet.find("</cfRule>", at) - at);
    INFO(rule);
    CHECK(rule.find('!') == std::string::npos);
    ++formulas;
  }
  CHECK(formulas == 16);  // RAG 4 + 4, districts 5, arrows 3
}

TEST_CASE("the Sources sheet names every input with its SHA-256") {
  const testing::RenderFixture fixture;
  core::RunRecord run;
  run.files = {{"returns/police.xlsx",
                "mappings/police.yaml",
                288,
                {290, 288, 2, 0},
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"}};
  run.configuration = {{core::InputKind::reference, "mappings/reference/areas.yaml",
                        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"}};
  const auto bytes = render::render_dashboard_workbook(fixture.model, run, {}, {});
  REQUIRE(bytes);
  auto sources = read_sheet(*bytes, 3);
  CHECK(sources["F1"].text == "SHA-256");
  CHECK(sources["A2"].text == "returns/police.xlsx");
  CHECK(sources["B2"].text == "return");
  CHECK(sources["D2"].number == 288);
  CHECK(sources["E2"].number == 290);
  CHECK(sources["F2"].text == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sources["A3"].text == "mappings/reference/areas.yaml");
  CHECK(sources["B3"].text == "reference");
  CHECK(sources["F3"].text == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST_CASE("the Data quality sheet lists every problem, most severe first, coloured by severity") {
  const testing::RenderFixture fixture;
  core::RunRecord run;
  run.diagnostics = {
      core::Diagnostic::warning("months-missing", "no figure for crime.total in May 2025",
                                core::Location::in_sheet("returns/police.xlsx", "Districts")),
      core::Diagnostic::info("return-lock-file-skipped", "lock or hidden file skipped",
                             core::Location::in_file("returns/~$police.xlsx")),
      core::Diagnostic::error("count-negative", "crime.total for Blaby in May 2025 is a count",
                              core::Location::at_cell("returns/police.xlsx", "Districts", {5, 20}),
                              "correct the return")};
  const auto bytes = render::render_dashboard_workbook(fixture.model, run, {}, {});
  REQUIRE(bytes);
  auto quality = read_sheet(*bytes, 4);
  CHECK(quality["A1"].text == "Severity");
  CHECK(quality["A2"].text == "error");
  CHECK(quality["B2"].text == "count-negative");
  CHECK(quality["C2"].text == "returns/police.xlsx!Districts!U6");
  CHECK(quality["D2"].text == "crime.total for Blaby in May 2025 is a count");
  CHECK(quality["E2"].text == "correct the return");
  CHECK(quality["A3"].text == "warning");
  CHECK(quality["C3"].text == "returns/police.xlsx!Districts");
  CHECK(quality["A4"].text == "info");
  // Excel's own "Bad" and "Neutral" colours, and a pale blue for notes.
  const std::string styles = testing::zip_entry(*bytes, "xl/styles.xml");
  CHECK(styles.find("FFFFC7CE") != std::string::npos);
  CHECK(styles.find("FFFFEB9C") != std::string::npos);
  CHECK(styles.find("FFDDEBF7") != std::string::npos);
  // An Excel table, which filters by each column, over the heading row and the three problems.
  const std::string table = testing::zip_entry(*bytes, "xl/tables/table4.xml");
  CHECK(table.find("name=\"Dataquality\"") != std::string::npos);
  CHECK(table.find("ref=\"A1:E4\"") != std::string::npos);
}

TEST_CASE("a run without problems says so on the Data quality sheet") {
  const testing::RenderFixture fixture;
  const auto bytes = render::render_dashboard_workbook(fixture.model, {}, {}, {});
  REQUIRE(bytes);
  CHECK(read_sheet(*bytes, 4)["A2"].text ==
        "No problems were found in the returns, mappings or template.");
}

TEST_CASE(
    "rows are as tall as their wrapped text, and the print area ends at the key's last line") {
  testing::RenderFixture fixture;
  templates::Layout layout;
  layout.key = {"A short line.", std::string(600, 'x')};
  const auto bytes = render::render_dashboard_workbook(fixture.model, {}, layout, {});
  REQUIRE(bytes);
  const std::string sheet = testing::zip_entry(*bytes, "xl/worksheets/sheet1.xml");
  // One indicator (row 5), a blank row, the key's heading (7) and its two lines (8 and 9): the
  // long line, across a page 168 character widths wide (204 characters a line), takes three.
  CHECK(std::regex_search(sheet, std::regex("<row r=\"8\" [^>]*ht=\"14\"")));
  CHECK(std::regex_search(sheet, std::regex("<row r=\"9\" [^>]*ht=\"38\"")));
  CHECK(std::regex_search(sheet, std::regex("<row r=\"5\" [^>]*ht=\"26\"")));  // two lines
  CHECK(testing::zip_entry(*bytes, "xl/workbook.xml").find("Dashboard!$A$1:$M$9") !=
        std::string::npos);
}

TEST_CASE(
    "every supporting sheet prints landscape, fitted to the page's width, its heading repeated") {
  const testing::RenderFixture fixture;
  const auto bytes = render::render_dashboard_workbook(fixture.model, {}, {}, {});
  REQUIRE(bytes);
  const std::string workbook = testing::zip_entry(*bytes, "xl/workbook.xml");
  for (int sheet = 2; sheet <= 6; ++sheet) {
    const std::string xml =
        testing::zip_entry(*bytes, fmt::format("xl/worksheets/sheet{}.xml", sheet));
    INFO("sheet" << sheet);
    CHECK(xml.find("<pageSetUpPr fitToPage=\"1\"/>") != std::string::npos);
    CHECK(xml.find("fitToHeight=\"0\" orientation=\"landscape\"") != std::string::npos);
    CHECK(xml.find("<oddFooter>&amp;L") != std::string::npos);
  }
  // The repeated heading rows are print titles: one for each supporting sheet.
  std::size_t titles = 0;
  for (auto at = workbook.find("_xlnm.Print_Titles"); at != std::string::npos;
       at = workbook.find("_xlnm.Print_Titles", at + 1)) {
    ++titles;
  }
  CHECK(titles == 6);  // the Dashboard's header row, and the five sheets' headings
  CHECK(workbook.find("Trends!$1:$1") != std::string::npos);
  CHECK(workbook.find("'Data quality'!$1:$1") != std::string::npos);
}

TEST_CASE(
    "the indicator's label note gives its trajectory in words, and the sparkline's cell none") {
  const testing::RenderFixture fixture;
  const auto bytes = render::render_dashboard_workbook(fixture.model, {}, {}, {});
  REQUIRE(bytes);
  const std::string notes = testing::zip_entry(*bytes, "xl/comments1.xml");
  // The fixture runs from 600 in Oct 2023 down 3 a month to 531 in Sep 2025, Jan 2024 missing.
  CHECK(
      notes.find("<comment ref=\"C5\" authorId=\"0\"><text><r><rPr><sz val=\"8\"/><color "
                 "indexed=\"81\"/><rFont val=\"Tahoma\"/><family val=\"2\"/></rPr><t>Trajectory, "
                 "the rolling 12-month figure to each month (the Trends sheet): from 600.00 in Oct "
                 "2023 to 531.00 in Sep 2025; lowest 531.00 in Sep 2025, highest 600.00 in Oct "
                 "2023.</t>") != std::string::npos);
  CHECK(notes.find("<comment ref=\"I5\"") == std::string::npos);
  // One author, named: no empty one first.
  CHECK(notes.find("<authors><author>scdash</author></authors>") != std::string::npos);
}

TEST_CASE("a range on another sheet names it as Excel would, quoted only where it must be") {
  CHECK(render::sheet_range("Trends", 1, 1, 1, 24) == "Trends!B2:Y2");
  CHECK(render::sheet_range("Data quality", 0, 0, 3, 2) == "'Data quality'!A1:C4");
  CHECK(render::sheet_range("Q3", 0, 0, 0, 0) == "'Q3'!A1:A1");  // a cell's name
  CHECK(render::sheet_range("R", 0, 0, 0, 0) == "'R'!A1:A1");    // R1C1's row
  CHECK(render::sheet_range("2025", 0, 0, 0, 0) == "'2025'!A1:A1");
  CHECK(render::sheet_range("O'Neill's", 0, 0, 0, 0) == "'O''Neill''s'!A1:A1");
  CHECK(render::sheet_range("Sheet_1.a", 0, 0, 0, 0) == "Sheet_1.a!A1:A1");
}
