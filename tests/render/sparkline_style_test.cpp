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

const std::vector<render::Sparkline> kTwoRows = {{{4, 8}, "'Trends'!B2:Y2"},
                                                 {{5, 8}, "'Trends'!B3:Y3"}};

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
                 "<x14:colorHigh rgb=\"FF00B050\"/><x14:colorLow rgb=\"FFC00000\"/>"
                 "<x14:sparklines><x14:sparkline>") != std::string::npos);
  CHECK(count(xml, "<x14:sparkline>") == 2);
}

TEST_CASE("the sparklines' type, markers, colours and grouping are written as the style says") {
  templates::SparklineStyle style;
  SECTION("columns") {
    style.type = templates::SparklineType::column;
    CHECK(
        group_tags(render::sparkline_extension(kTwoRows, style)) ==
        std::vector<std::string>{"<x14:sparklineGroup type=\"column\" displayEmptyCellsAs=\"gap\" "
                                 "high=\"1\" low=\"1\" last=\"1\">"});
  }
  SECTION("markers") {
    style.markers = {false, true, true, false, true};  // low, first and negative
    CHECK(group_tags(render::sparkline_extension(kTwoRows, style)) ==
          std::vector<std::string>{"<x14:sparklineGroup displayEmptyCellsAs=\"gap\" low=\"1\" "
                                   "first=\"1\" negative=\"1\">"});
  }
  SECTION("colours") {
    style.colours.series = 0x123456;
    style.colours.high = 0xABCDEF;
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
  SECTION("one group on a shared axis") {
    style.grouping = templates::SparklineGrouping::shared;
    CHECK(group_tags(render::sparkline_extension(kTwoRows, style)) ==
          std::vector<std::string>{"<x14:sparklineGroup minAxisType=\"group\" "
                                   "maxAxisType=\"group\" displayEmptyCellsAs=\"gap\" high=\"1\" "
                                   "low=\"1\" last=\"1\">"});
  }
}

TEST_CASE("layout.yaml's sparklines section sets their style, and the workbook follows it") {
  core::Diagnostics diagnostics;
  const templates::Layout layout = load(R"(
sparklines:
  type: column
  grouping: shared
  markers: {high: off, first: on, negative: true}
  colours: {series: "#123456", low: "#ABCDEF"}
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
  CHECK(style.colours.low == 0xABCDEF);
  CHECK(style.colours.high == 0x00B050);

  const testing::RenderFixture fixture;
  const auto bytes = render::render_dashboard_workbook(fixture.model, {}, layout, {});
  REQUIRE(bytes);
  const std::string sheet = testing::zip_entry(*bytes, "xl/worksheets/sheet1.xml");
  CHECK(group_tags(sheet) ==
        std::vector<std::string>{"<x14:sparklineGroup type=\"column\" minAxisType=\"group\" "
                                 "maxAxisType=\"group\" displayEmptyCellsAs=\"gap\" low=\"1\" "
                                 "first=\"1\" last=\"1\" negative=\"1\">"});
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
