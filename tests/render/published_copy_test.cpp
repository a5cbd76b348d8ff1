// The published copy of the workbook: what it withholds is nowhere in it, and it marks what it
// does not show in the GSS shorthand; the internal copy lists what was withheld.
#include <catch2/catch.hpp>

#include "render/render_fixture.hpp"
#include "scdash/render/dashboard_workbook.hpp"
#include "support/zip_reader.hpp"

using namespace scdash;

namespace {

// Blaby's total crime rate (514.38 in the fixture) withheld, as kpi::decide_suppression would
// withhold a small count.
std::vector<kpi::SuppressionDecision> blaby_withheld() {
  return {{"total_crime", "Total crime rate (per 10,000 population)", "E07000129", "Blaby",
           "current", kpi::SuppressionKind::primary, "3 crime.total, fewer than 5"}};
}

std::string every_part(const std::string& workbook) {
  std::string text;
  for (const auto& name : testing::zip_entry_names(workbook)) {
    text += testing::zip_entry(workbook, name);
  }
  return text;
}

}  // namespace

TEST_CASE("the published workbook holds no withheld figure, and marks it [c]") {
  const testing::RenderFixture fixture;
  const kpi::DashboardModel published = kpi::withhold(fixture.model, blaby_withheld());
  render::RenderOptions options;
  options.published = true;
  const auto workbook = render::render_dashboard_workbook(published, {}, {}, options);
  REQUIRE(workbook);
  const std::string parts = every_part(*workbook);
  // Blaby's figure and its interval are in no part: cells, notes, helper columns, sheets.
  CHECK_THAT(parts, !Catch::Contains("514.38"));
  CHECK_THAT(parts, !Catch::Contains("500.1"));
  CHECK_THAT(parts, !Catch::Contains("3 crime.total"));
  const std::string strings = testing::zip_entry(*workbook, "xl/sharedStrings.xml");
  CHECK_THAT(strings, Catch::Contains("<t>[c]</t>"));
  CHECK_THAT(parts, Catch::Contains("Withheld to protect confidentiality"));         // the note
  CHECK_THAT(strings, Catch::Contains("[c]: withheld to protect confidentiality"));  // the key
  // Rutland's figure is not available: [x], as the GSS shorthand has it. (A grey RAG cell
  // keeps the layout's RAG label.)
  CHECK_THAT(strings, Catch::Contains("<t>[x]</t>"));
  CHECK_THAT(strings, Catch::Contains("[x]: not available; [z]: not applicable"));
  // The Data quality sheet quotes the returns' cells: it stays in the internal copy.
  const std::string book = testing::zip_entry(*workbook, "xl/workbook.xml");
  CHECK_THAT(book, !Catch::Contains("Data quality"));
  CHECK_THAT(book, !Catch::Contains("Suppression"));
}

TEST_CASE("the internal workbook of a run that publishes lists each figure withheld") {
  const testing::RenderFixture fixture;
  render::RenderOptions options;
  options.suppression_log = blaby_withheld();
  const auto workbook = render::render_dashboard_workbook(fixture.model, {}, {}, options);
  REQUIRE(workbook);
  CHECK_THAT(testing::zip_entry(*workbook, "xl/workbook.xml"),
             Catch::Contains("name=\"Suppression\""));
  const std::string strings = testing::zip_entry(*workbook, "xl/sharedStrings.xml");
  CHECK_THAT(strings, Catch::Contains("3 crime.total, fewer than 5"));
  CHECK_THAT(strings, Catch::Contains("<t>n/a</t>"));  // the internal copy keeps its marks
  CHECK_THAT(every_part(*workbook), Catch::Contains("514.38"));

  options.suppression_log = std::vector<kpi::SuppressionDecision>{};
  const auto none = render::render_dashboard_workbook(fixture.model, {}, {}, options);
  REQUIRE(none);
  CHECK_THAT(testing::zip_entry(*none, "xl/sharedStrings.xml"),
             Catch::Contains("No figure rests on a count the template's policy withholds."));
}

TEST_CASE("the published workbook opens on a cover, and its notes are on a Notes sheet") {
  const testing::RenderFixture fixture;
  templates::Layout layout;
  layout.publication.author = "Leicestershire County Council";
  layout.publication.contact = {"Community Safety Team"};
  render::RenderOptions options;
  options.published = true;
  const auto workbook = render::render_dashboard_workbook(fixture.model, {}, layout, options);
  REQUIRE(workbook);
  const std::string book = testing::zip_entry(*workbook, "xl/workbook.xml");
  CHECK_THAT(book, Catch::Contains("<sheet name=\"Cover\" sheetId=\"1\""));
  CHECK_THAT(book, Catch::Contains("<sheet name=\"Dashboard\" sheetId=\"2\""));
  CHECK_THAT(book, Catch::Contains("<sheet name=\"Notes\" sheetId=\"4\""));
  CHECK_THAT(book, Catch::Contains("activeTab=\"0\"") || !Catch::Contains("activeTab"));
  const std::string strings = testing::zip_entry(*workbook, "xl/sharedStrings.xml");
  CHECK_THAT(strings, Catch::Contains("Dashboard: the one page the board reads"));  // contents
  CHECK_THAT(strings, Catch::Contains("<t>Leicestershire County Council</t>"));
  CHECK_THAT(strings, Catch::Contains("<t>Community Safety Team</t>"));
  // No comments: each row's name ends with its note's mark, and the Notes sheet says it.
  for (const auto& name : testing::zip_entry_names(*workbook)) {
    CHECK_THAT(name, !Catch::Contains("comments"));
  }
  CHECK_THAT(strings, Catch::Contains("<t>Ongoing reductions in crime [note 1]</t>"));
  CHECK_THAT(strings, Catch::Contains("<t>Total crime rate (per 10,000 population) [note 2]</t>"));
  CHECK_THAT(strings, Catch::Contains("<t>[note 2]</t>"));
  CHECK_THAT(strings, Catch::Contains("the worst of its indicators' RAGs"));
  // The trajectory in words, as the trajectory cell's line of the row's note.
  CHECK_THAT(strings, Catch::Contains("<t>Trajectory, the rolling 12-month figure to each month"));
  CHECK_THAT(strings, Catch::Contains("Each row's name ends with its note"));  // the key
  // Blaby is significantly better: its note says so, and its figure carries a mark as well as
  // its colour (a triangle pointing down: below the county's 519.25).
  CHECK_THAT(strings, Catch::Contains("Significantly better than Leicestershire: its 95% "
                                      "confidence interval, 500.10 to 528.90, excludes "
                                      "Leicestershire's 519.25."));
  const std::string styles = testing::zip_entry(*workbook, "xl/styles.xml");
  CHECK_THAT(styles, Catch::Contains("#,##0.00&quot; \u25BC&quot;"));
  CHECK_THAT(strings, Catch::Contains("\u25B2 or \u25BC after a district's figure"));  // the key
  // Excel's green arrow (2.9:1 on white) is darkened to read at 4.5:1; the red already does.
  CHECK_THAT(styles, !Catch::Contains("FF00B050"));
  CHECK_THAT(styles, Catch::Contains("FFC00000"));
  // Each supporting sheet is an Excel table.
  CHECK_THAT(testing::zip_entry(*workbook, "xl/tables/table2.xml"),
             Catch::Contains("name=\"Notes\""));
}
