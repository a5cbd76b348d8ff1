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
  CHECK_THAT(parts, Catch::Contains("Withheld: withheld to protect confidentiality"));  // note
  CHECK_THAT(strings, Catch::Contains("[c]: withheld to protect confidentiality"));     // the key
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
