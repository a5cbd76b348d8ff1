#include <catch2/catch.hpp>

#include "render/render_fixture.hpp"
#include "render/sparklines.hpp"
#include "scdash/render/dashboard_workbook.hpp"
#include "scdash/template/layout.hpp"
#include "support/describe.hpp"
#include "support/memory_file_system.hpp"
#include "support/zip_reader.hpp"

using namespace scdash;

namespace {

// Two lower-is-better indicators reported monthly, one from 10 to 20 and one from 5 to 8.
const std::vector<render::Sparkline> kTwoRows = {
    {{4, 8}, "Trends!B2:Y2", templates::Polarity::lower_is_better, false, 10, 20},
    {{5, 8}, "Trends!B3:Y3", templates::Polarity::lower_is_better, false, 5, 8}};

// The opening tag of each x14:sparklineGroup in `xml`.
std::vector<std::string> group_tags(const std::string& xml) {
  std::vector<std::string> tags;
  for (auto at = xml.find("<x14:sparklineGroup "); at != std::string::npos;
       at = xml.find("<x14:sparklineGroup ", at + 1)) {
    tags.push_back(xml.substr(at, xml.find('>', at) + 1 - at));
  }
  return tags;
}

std::size_t count(const std::string& xml, const std::string& text) {
  std::size_t found = 0;
  for (auto at = xml.find(text); at != std::string::npos; at = xml.find(text, at + 1)) {
    ++found;
  }
  return found;
}

templates::Layout load(const std::string& yaml, core::Diagnostics& diagnostics) {
  testing::MemoryFileSystem disk;
  disk.add_file("template/dashboard.yaml", "title: x\n");
  disk.add_file("template/layout.yaml", yaml);
  return templates::load_layout(disk, "template", diagnostics);
}

}  // namespace

TEST_CASE("by default the sparklines are one group of lines, high, low and last marked") {
  const std::string xml = render::sparkline_extension(kTwoRows, {});
  CHECK(group_tags(xml) ==
        std::vector<std::string>{"<x14:sparklineGroup displayEmptyCellsAs=\"gap\" high=\"1\" "
                                 "low=\"1\" last=\"1\">"});
  CHECK(xml.find("<x14:colorSeries rgb=\"FF1F3864\"/><x14:colorNegative rgb=\"FFC00000\"/>"
                 "<x14:colorAxis rgb=\"FF000000\"/><x14:colorMarkers rgb=\"FF1F3864\"/>"
                 "<x14:colorFirst rgb=\"FF1F3864\"/><x14:colorLast rgb=\"FF1F3864\"/>"
                 "<x14:colorHigh rgb=\"FFC00000\"/><x14:colorLow rgb=\"FF00B050\"/>"
                 "<x14:sparklines><x14:sparkline><xm:f>Trends!B2:Y2</xm:f>") != std::string::npos);
  CHECK(count(xml, "<x14:sparkline>") == 2);
}

TEST_CASE("the high and low points are coloured by polarity, each polarity a group of its own") {
  std::vector<render::Sparkline> rows = kTwoRows;
  rows[0].polarity = templates::Polarity::higher_is_better;
  rows.push_back({{6, 8}, "Trends!B4:Y4", templates::Polarity::none, false, 1, 2});
  rows.push_back({{7, 8}, "Trends!B5:Y5", templates::Polarity::higher_is_better, false, 1, 2});
  const std::string xml = render::sparkline_extension(rows, {});
  REQUIRE(group_tags(xml).size() == 3);
  const auto group = [&](std::size_t n) {
    std::size_t at = 0;
    for (std::size_t i = 0; i <= n; ++i) {
      at = xml.find("<x14:sparklineGroup ", at + 1);
    }
    return xml.substr(at, xml.find("</x14:sparklineGroup>", at) - at);
  };
  // Higher is better: the high point green, the low red; rows 5 and 8 together.
  CHECK(group(0).find("<x14:colorHigh rgb=\"FF00B050\"/><x14:colorLow rgb=\"FFC00000\"/>") !=
        std::string::npos);
  CHECK(count(group(0), "<x14:sparkline>") == 2);
  CHECK(group(0).find("<xm:sqref>I8</xm:sqref>") != std::string::npos);
  // Lower is better: the high point red, the low green.
  CHECK(group(1).find("<x14:colorHigh rgb=\"FFC00000\"/><x14:colorLow rgb=\"FF00B050\"/>") !=
        std::string::npos);
  // No polarity: both neutral.
  CHECK(group(2).find("<x14:colorHigh rgb=\"FF7F7F7F\"/><x14:colorLow rgb=\"FF7F7F7F\"/>") !=
        std::string::npos);
}

TEST_CASE(
    "a quarterly series' points are joined across the months between, in a group of its own") {
  std::vector<render::Sparkline> rows = kTwoRows;
  rows[1].joins_gaps = true;
  CHECK(group_tags(render::sparkline_extension(rows, {})) ==
        std::vector<std::string>{
            "<x14:sparklineGroup displayEmptyCellsAs=\"gap\" high=\"1\" low=\"1\" last=\"1\">",
            "<x14:sparklineGroup displayEmptyCellsAs=\"span\" high=\"1\" low=\"1\" last=\"1\">"});
}

TEST_CASE("an indicator's trajectory gives its sparkline's polarity, range and cadence") {
  kpi::IndicatorResult result;
  templates::Indicator indicator;
  indicator.polarity = templates::Polarity::higher_is_better;
  result.indicator = &indicator;
  const core::Month start = core::Month::of(2023, 10);
  for (int i = 0; i < 24; ++i) {
    // A quarterly return: a figure at each quarter's end, none between.
    const bool quarter_end = i % 3 == 2;
    result.trajectory.push_back(
        {start + i, quarter_end ? std::optional<double>(100 - i) : std::nullopt});
  }
  const render::Sparkline quarterly = render::trajectory_sparkline({4, 8}, "Trends!B2:Y2", result);
  CHECK(quarterly.polarity == templates::Polarity::higher_is_better);
  CHECK(quarterly.joins_gaps);
  CHECK(quarterly.lowest == 100 - 23);
  CHECK(quarterly.highest == 100 - 2);

  result.trajectory[4].value = 7;  // a month between quarters: not one even step
  CHECK_FALSE(render::trajectory_sparkline({4, 8}, "Trends!B2:Y2", result).joins_gaps);
  for (auto& point : result.trajectory) {
    point.value = 1;  // monthly
  }
  CHECK_FALSE(render::trajectory_sparkline({4, 8}, "Trends!B2:Y2", result).joins_gaps);
}

TEST_CASE("the sparklines' type, markers, colours and grouping are written as the style says") {
  templates::SparklineStyle style;
  SECTION("columns") {
    style.type = templates::SparklineType::column;
    // Columns stand on zero: a bar's length is read as its size.
    CHECK(group_tags(render::sparkline_extension(kTwoRows, style)) ==
          std::vector<std::string>{
              "<x14:sparklineGroup manualMin=\"0\" type=\"column\" displayEmptyCellsAs=\"gap\" "
              "high=\"1\" low=\"1\" last=\"1\" minAxisType=\"custom\">"});
  }
  SECTION("markers") {
    style.markers = {false, true, true, false, true};  // low, first and negative
    CHECK(group_tags(render::sparkline_extension(kTwoRows, style)) ==
          std::vector<std::string>{"<x14:sparklineGroup displayEmptyCellsAs=\"gap\" low=\"1\" "
                                   "first=\"1\" negative=\"1\">"});
  }
  SECTION("colours") {
    style.colours.series = 0x123456;
    style.colours.worse = 0xABCDEF;
    style.colours.negative = 0x010203;
    const std::string xml = render::sparkline_extension(kTwoRows, style);
    CHECK(xml.find("<x14:colorSeries rgb=\"FF123456\"/><x14:colorNegative rgb=\"FF010203\"/>") !=
          std::string::npos);
    CHECK(xml.find("<x14:colorMarkers rgb=\"FF123456\"/>") != std::string::npos);
    CHECK(xml.find("<x14:colorHigh rgb=\"FFABCDEF\"/>") != std::string::npos);
  }
  SECTION("a group per row") {
    style.grouping = templates::SparklineGrouping::per_row;
    const std::string xml = render::sparkline_extension(kTwoRows, style);
    CHECK(group_tags(xml).size() == 2);
    CHECK(count(xml, "<x14:sparkline>") == 2);
    CHECK(xml.find("<xm:sqref>I5</xm:sqref></x14:sparkline></x14:sparklines>"
                   "</x14:sparklineGroup><x14:sparklineGroup ") != std::string::npos);
  }
  SECTION("a shared axis, from the lowest of them all to the highest, in every group") {
    style.grouping = templates::SparklineGrouping::shared;
    std::vector<render::Sparkline> rows = kTwoRows;
    rows[1].polarity = templates::Polarity::none;
    const std::string tag =
        "<x14:sparklineGroup manualMax=\"20\" manualMin=\"5\" displayEmptyCellsAs=\"gap\" "
        "high=\"1\" low=\"1\" last=\"1\" minAxisType=\"custom\" maxAxisType=\"custom\">";
    CHECK(group_tags(render::sparkline_extension(rows, style)) ==
          std::vector<std::string>{tag, tag});
  }
}

TEST_CASE("layout.yaml's sparklines section sets their style, and the workbook follows it") {
  core::Diagnostics diagnostics;
  const templates::Layout layout = load(R"(
sparklines:
  type: column
  grouping: shared
  markers: {high: off, first: on, negative: true}
  colours: {series: "#123456", better: "#ABCDEF"}
)",
                                        diagnostics);
  CHECK(diagnostics.empty());
  const templates::SparklineStyle& style = layout.sparklines;
  CHECK(style.type == templates::SparklineType::column);
  CHECK(style.grouping == templates::SparklineGrouping::shared);
  CHECK(!style.markers.high);
  CHECK(style.markers.low);  // not named: its default
  CHECK(style.markers.first);
  CHECK(style.markers.negative);
  CHECK(style.colours.series == 0x123456);
  CHECK(style.colours.better == 0xABCDEF);
  CHECK(style.colours.worse == 0xC00000);  // not named: its default

  const testing::RenderFixture fixture;
  const auto bytes = render::render_dashboard_workbook(fixture.model, {}, layout, {});
  REQUIRE(bytes);
  const std::string sheet = testing::zip_entry(*bytes, "xl/worksheets/sheet1.xml");
  // The fixture's one indicator runs from 531 to 600, lower is better: its columns stand on
  // zero, up to the shared axis's top, and its low point is the better.
  CHECK(group_tags(sheet) ==
        std::vector<std::string>{"<x14:sparklineGroup manualMax=\"600\" manualMin=\"0\" "
                                 "type=\"column\" displayEmptyCellsAs=\"gap\" low=\"1\" "
                                 "first=\"1\" last=\"1\" negative=\"1\" minAxisType=\"custom\" "
                                 "maxAxisType=\"custom\">"});
  CHECK(sheet.find("<x14:colorLow rgb=\"FFABCDEF\"/>") != std::string::npos);
}

TEST_CASE("mistakes in the sparklines section are named at their line, and defaults stand in") {
  core::Diagnostics diagnostics;
  const templates::Layout layout = load(R"(
sparklines:
  type: area
  grouping: per_row
  markers: {high: maybe, lowest: on}
  colours: {series: "#12345", axis: "#000000"}
)",
                                        diagnostics);
  CHECK(testing::places_and_codes(diagnostics) ==
        std::vector<std::string>{
            "template/layout.yaml:3:9 template-unknown-value",
            "template/layout.yaml:5:26 template-unknown-key",
            "template/layout.yaml:5:19 template-unknown-value",
            "template/layout.yaml:6:31 template-unknown-key",
            "template/layout.yaml:6:21 template-bad-colour",
        });
  CHECK(layout.sparklines.type == templates::SparklineType::line);
  CHECK(layout.sparklines.grouping == templates::SparklineGrouping::per_row);

  diagnostics.clear();
  const templates::Layout second =
      load("sparklines: {markers: {high: maybe}, colours: {series: \"#12345\"}}\n", diagnostics);
  CHECK(testing::places_and_codes(diagnostics) ==
        std::vector<std::string>{"template/layout.yaml:1:30 template-unknown-value",
                                 "template/layout.yaml:1:56 template-bad-colour"});
  CHECK(second.sparklines.markers.high);
  CHECK(second.sparklines.colours.series == 0x1F3864);
}
