// Regional and national averages: in the comparison cells' notes, in the optional average
// columns, and in report.json; and a manual RAG's cells in report.json.
#include <catch2/catch.hpp>

#include <regex>

#include "render/render_fixture.hpp"
#include "scdash/render/dashboard_workbook.hpp"
#include "scdash/render/report_json.hpp"
#include "scdash/template/layout.hpp"
#include "support/memory_file_system.hpp"
#include "support/zip_reader.hpp"

using namespace scdash;

namespace {

// The fixture's indicator ranked 2/9 in its most similar group (its one comparator), with a
// regional average converted from iQuanta's per 1,000 to the indicator's per 10,000, and no
// national average.
testing::RenderFixture with_regional_average() {
  testing::RenderFixture fixture;
  templates::Comparators& comparators = fixture.catalogue.outcomes[0].indicators[0].comparators;
  comparators.most_similar_group = "msg.total_crime";
  comparators.per = 1000;
  kpi::IndicatorResult& result = fixture.model.outcomes[0].indicators[0];
  result.most_similar_group = kpi::Rank{2, 9};
  kpi::Average region;
  region.kind = templates::AverageKind::regional;
  region.area_code = "E12000004";
  region.area_name = "East Midlands";
  region.value = 552.1;
  region.period = fixture.model.current_period;
  region.source = {"returns/iquanta.xlsx", "MSG", {11, 1}, "iquanta.yaml", 9};
  result.averages = {region};
  return fixture;
}

templates::Layout layout_with(const std::string& yaml) {
  testing::MemoryFileSystem disk;
  disk.add_file("template/dashboard.yaml", "title: x\n");
  disk.add_file("template/layout.yaml", yaml);
  core::Diagnostics diagnostics;
  templates::Layout layout = templates::load_layout(disk, "template", diagnostics);
  REQUIRE(diagnostics.empty());
  return layout;
}

std::string workbook_part(const testing::RenderFixture& fixture, const templates::Layout& layout,
                          const std::string& part) {
  const auto bytes = render::render_dashboard_workbook(fixture.model, {}, layout, {});
  REQUIRE(bytes);
  return testing::zip_entry(*bytes, part);
}

constexpr const char* kRegionalNote =
    "East Midlands, regional average: 12 months to Sep 2025, 552.10 (per 10,000, converted from "
    "the return";

}  // namespace

TEST_CASE("a layout may add the regional and national average columns, with default headings") {
  const templates::Layout layout = layout_with(R"(
columns: [indicator, current, nearest_neighbour, regional_average, {column: national_average, width: 12}]
)");
  REQUIRE(layout.columns.size() == 5);
  CHECK(layout.columns[3].column == templates::DashboardColumn::regional_average);
  CHECK(layout.columns[3].heading == "Regional average");
  CHECK(layout.columns[4].heading == "National average");
  CHECK(layout.columns[4].width == 12);
  // The default layout leaves them out.
  for (const auto& column : templates::Layout::default_columns()) {
    CHECK(column.column != templates::DashboardColumn::regional_average);
    CHECK(column.column != templates::DashboardColumn::national_average);
  }
}

TEST_CASE("the average columns hold the averages as numbers, or n/a saying none was given") {
  const templates::Layout layout = layout_with(
      "columns: [indicator, current, nearest_neighbour, regional_average, "
      "national_average]\n");
  const testing::RenderFixture fixture = with_regional_average();
  const std::string sheet = workbook_part(fixture, layout, "xl/worksheets/sheet1.xml");
  // D5 is the regional average, a number; E5 the national, n/a.
  CHECK(std::regex_search(sheet, std::regex("<c r=\"D5\" s=\"[0-9]+\"><v>552.1</v></c>")));
  CHECK(std::regex_search(sheet, std::regex("<c r=\"E5\" s=\"[0-9]+\" t=\"s\">")));
  const std::string notes = workbook_part(fixture, layout, "xl/comments1.xml");
  CHECK(notes.find(kRegionalNote) != std::string::npos);
  CHECK(notes.find("from returns/iquanta.xlsx!MSG!B12.") != std::string::npos);
  CHECK(notes.find("Not available: no comparator return gives a national average for this "
                   "indicator.") != std::string::npos);
}

TEST_CASE("the comparison cells' notes give the rank or the reason, then the averages") {
  const templates::Layout layout =
      layout_with("columns: [indicator, current, nearest_neighbour, county_comparison]\n");
  const std::string notes = workbook_part(with_regional_average(), layout, "xl/comments1.xml");
  CHECK(notes.find(std::string("Rank 2 of 9 in the most similar group, 1 the best.\n") +
                   kRegionalNote) != std::string::npos);
  // The template gives it no comparable counties: not applicable, with why, and the averages
  // all the same.
  CHECK(notes.find(std::string("Not applicable: the template gives this indicator no comparable "
                               "counties.\n") +
                   kRegionalNote) != std::string::npos);

  // Without averages the note is the rank alone.
  testing::RenderFixture plain = with_regional_average();
  plain.model.outcomes[0].indicators[0].averages.clear();
  const std::string plain_notes = workbook_part(plain, layout, "xl/comments1.xml");
  CHECK(plain_notes.find("Rank 2 of 9 in the most similar group, 1 the best.</t>") !=
        std::string::npos);
  CHECK(plain_notes.find("East Midlands") == std::string::npos);
}

TEST_CASE("report.json lists the averages with their periods and cells") {
  const std::string json = render::render_report_json(with_regional_average().model, {}, {});
  CHECK(json.find("\"averages\": [\n") != std::string::npos);
  CHECK(json.find("\"kind\": \"regional\",\n          \"area\": \"E12000004\",\n          "
                  "\"name\": \"East Midlands\",\n          \"value\": 552.1,") !=
        std::string::npos);
  CHECK(json.find("\"source\": \"returns/iquanta.xlsx!MSG!B12\"") != std::string::npos);
}

TEST_CASE("report.json names a manual RAG's cells") {
  testing::RenderFixture fixture;
  kpi::RagStatus& rag = fixture.model.outcomes[0].indicators[0].rag;
  rag.rag = templates::Rag::amber;
  rag.reason = "set by hand in the return (returns/rag.xlsx!RAG!C5): awaiting the review";
  rag.sources = {{"returns/rag.xlsx", "RAG", {4, 2}, "rag.yaml", 8},
                 {"returns/rag.xlsx", "RAG", {4, 3}, "rag.yaml", 9}};
  const std::string json = render::render_report_json(fixture.model, {}, {});
  INFO(json.substr(json.find("\"progress\""), 400));
  CHECK(json.find("\"rag\": \"Amber\",") != std::string::npos);
  CHECK(json.find("\"sources\": [\n          \"returns/rag.xlsx!RAG!C5\",\n          "
                  "\"returns/rag.xlsx!RAG!D5\"\n        ]") != std::string::npos);
  // The RAG cell's note carries the reason.
  const std::string notes = workbook_part(fixture, templates::Layout{}, "xl/comments1.xml");
  CHECK(notes.find("Amber: set by hand in the return (returns/rag.xlsx!RAG!C5): awaiting the "
                   "review.") != std::string::npos);
}

TEST_CASE(
    "a comparison the template declares but no return gives is n/a, and one it does not is a "
    "dash") {
  const templates::Layout layout = layout_with(
      "columns: [indicator, current, nearest_neighbour, county_comparison, regional_average]\n");
  testing::RenderFixture fixture = with_regional_average();
  fixture.catalogue.outcomes[0].indicators[0].comparators.counties = "counties.total_crime";
  kpi::IndicatorResult& result = fixture.model.outcomes[0].indicators[0];
  result.comparators_reason = "no comparator return gives counties.total_crime for Sep 2025";
  const std::string declared = workbook_part(fixture, layout, "xl/comments1.xml");
  CHECK(declared.find("Not available: no comparator return gives counties.total_crime for Sep "
                      "2025.") != std::string::npos);

  fixture.catalogue.outcomes[0].indicators[0].comparators = {};
  result.most_similar_group.reset();
  result.averages.clear();
  const auto bytes = render::render_dashboard_workbook(fixture.model, {}, layout, {});
  REQUIRE(bytes);
  const std::string strings = testing::zip_entry(*bytes, "xl/sharedStrings.xml");
  CHECK(strings.find("<t>\u2013</t>") != std::string::npos);
  const std::string notes = testing::zip_entry(*bytes, "xl/comments1.xml");
  CHECK(notes.find("Not applicable: the template gives this indicator no most similar group.") !=
        std::string::npos);
  CHECK(notes.find("Not applicable: the template gives this indicator no comparators.") !=
        std::string::npos);
  CHECK(notes.find("Not available") == std::string::npos);
}
