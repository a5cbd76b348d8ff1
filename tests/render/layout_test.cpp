#include <catch2/catch.hpp>

#include "render/render_fixture.hpp"
#include "scdash/render/dashboard_workbook.hpp"
#include "scdash/template/layout.hpp"
#include "support/describe.hpp"
#include "support/memory_file_system.hpp"
#include "support/zip_reader.hpp"

using namespace scdash;

namespace {

templates::Layout load(const std::string& yaml, core::Diagnostics& diagnostics) {
  testing::MemoryFileSystem disk;
  disk.add_file("template/dashboard.yaml", "title: x\n");
  disk.add_file("template/layout.yaml", yaml);
  return templates::load_layout(disk, "template", diagnostics);
}

std::string dashboard_xml(const templates::Layout& layout, const testing::RenderFixture& fixture) {
  const auto bytes = render::render_dashboard_workbook(fixture.model, {}, layout, {});
  REQUIRE(bytes);
  return testing::zip_entry(*bytes, "xl/worksheets/sheet1.xml");
}

std::string shared_strings(const templates::Layout& layout, const testing::RenderFixture& fixture) {
  const auto bytes = render::render_dashboard_workbook(fixture.model, {}, layout, {});
  REQUIRE(bytes);
  return testing::zip_entry(*bytes, "xl/sharedStrings.xml");
}

std::string described(const core::Diagnostics& diagnostics) {
  std::string text;
  for (const auto& diagnostic : diagnostics) {
    text += diagnostic.to_string() + "\n";
  }
  return text;
}

}  // namespace

TEST_CASE("a template without layout.yaml gets the BI team's format") {
  testing::MemoryFileSystem disk;
  disk.add_file("template/dashboard.yaml", "title: x\n");
  core::Diagnostics diagnostics;
  const templates::Layout layout = templates::load_layout(disk, "template", diagnostics);
  CHECK(diagnostics.empty());
  CHECK(layout.columns.size() == templates::Layout::default_columns().size());
  CHECK(layout.paper == templates::Paper::a3);
  CHECK(layout.rag_labels.red == "R");
}

TEST_CASE("the layout chooses the columns, their order, headings and widths") {
  core::Diagnostics diagnostics;
  const templates::Layout layout = load(R"(
columns:
  - indicator
  - {column: current, heading: "Year to {data_to}", width: 14}
  - previous
  - districts
)",
                                        diagnostics);
  INFO(described(diagnostics));
  REQUIRE(diagnostics.empty());
  REQUIRE(layout.columns.size() == 4);
  CHECK(layout.columns[1].heading == "Year to {data_to}");
  CHECK(layout.columns[1].width == 14);
  CHECK(layout.columns[2].heading == "Previous\n({previous})");  // the default heading

  const testing::RenderFixture fixture;
  const std::string xml = dashboard_xml(layout, fixture);
  // Indicator A, current B, previous C, districts D and E: the district rules follow them, and
  // compare with the current column wherever it is.
  CHECK(xml.find("<conditionalFormatting sqref=\"D5:E5\">") != std::string::npos);
  // The intervals are in hidden helper columns beyond E: polarity F, lower G:H, upper I:J.
  CHECK(xml.find("NOT(OR($B5&lt;G5,$B5&gt;I5))") != std::string::npos);
  CHECK(xml.find("<col min=\"2\" max=\"2\" width=\"14.7109375\"") != std::string::npos);
  CHECK(shared_strings(layout, fixture).find("Year to Sep 2025") != std::string::npos);
}

TEST_CASE("the layout sets the paper, the RAG labels, the colours and the key") {
  core::Diagnostics diagnostics;
  const templates::Layout layout = load(R"(
paper: A3
font: {name: Verdana, size: 8}
rag_labels: {red: Red, amber: Amber, green: Green, grey: Not rated}
colours: {red: "#FF0000", header_fill: 003366}
subtitle: "{area}, data to {data_to}"
key_title: How to read this page
key:
  - "{red} is worse than last year."
)",
                                        diagnostics);
  INFO(described(diagnostics));
  REQUIRE(diagnostics.empty());
  CHECK(layout.colours.red == 0xFF0000);
  CHECK(layout.colours.header_fill == 0x003366);

  const testing::RenderFixture fixture;
  const auto bytes = render::render_dashboard_workbook(fixture.model, {}, layout, {});
  REQUIRE(bytes);
  const std::string xml = testing::zip_entry(*bytes, "xl/worksheets/sheet1.xml");
  CHECK(xml.find("paperSize=\"8\"") != std::string::npos);
  CHECK(xml.find("<formula>\"Red\"</formula>") != std::string::npos);
  CHECK(xml.find("<formula>\"Not rated\"</formula>") != std::string::npos);
  const std::string styles = testing::zip_entry(*bytes, "xl/styles.xml");
  CHECK(styles.find("<bgColor rgb=\"FFFF0000\"/>") != std::string::npos);
  CHECK(styles.find("<fgColor rgb=\"FF003366\"/>") != std::string::npos);
  CHECK(styles.find("<name val=\"Verdana\"/>") != std::string::npos);
  const std::string strings = testing::zip_entry(*bytes, "xl/sharedStrings.xml");
  CHECK(strings.find("Leicestershire, data to Sep 2025") != std::string::npos);
  CHECK(strings.find("How to read this page") != std::string::npos);
  CHECK(strings.find("Red is worse than last year.") != std::string::npos);
  CHECK(strings.find("Rates per 10,000") == std::string::npos);  // the default key is replaced
}

TEST_CASE("an indicator's footnotes are marked on its label and printed under the table") {
  testing::RenderFixture fixture;
  fixture.catalogue.outcomes.front().indicators.front().footnotes = {
      "Burglary residential replaced burglary dwelling in 2017."};
  const std::string strings = shared_strings(templates::Layout{}, fixture);
  CHECK(strings.find("(per 10,000 population)\u00B9</t>") != std::string::npos);
  CHECK(strings.find("\u00B9 Burglary residential replaced burglary dwelling in 2017.") !=
        std::string::npos);
}

TEST_CASE("mistakes in the layout are named at their line, and the defaults stand in") {
  core::Diagnostics diagnostics;
  const templates::Layout layout = load(R"(
paper: A5
columns: [indicator, curent, districts]
colours: {red: "#FF00"}
rag_labels: {red: R, amber: R}
key:
  - "Compared with {previus}"
fonts: {name: Arial}
)",
                                        diagnostics);
  CHECK(testing::places_and_codes(diagnostics) ==
        std::vector<std::string>{
            "template/layout.yaml:8:1 template-unknown-key",
            "template/layout.yaml:2:8 template-unknown-value",
            "template/layout.yaml:3:22 template-unknown-value",
            "template/layout.yaml:4:16 template-bad-colour",
            "template/layout.yaml:5:13 template-bad-rag-labels",
            "template/layout.yaml:7:5 template-unknown-placeholder",
        });
  CHECK(layout.paper == templates::Paper::a3);
  CHECK(layout.columns.size() == templates::Layout::default_columns().size());
  CHECK(layout.rag_labels.amber == "A");
}

TEST_CASE("a layout must keep the indicator and current columns") {
  core::Diagnostics diagnostics;
  const templates::Layout layout = load("columns: [outcome, indicator, districts]\n", diagnostics);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == "template-missing-column");
  CHECK(diagnostics[0].message == "the columns must include 'current'");
  CHECK(layout.columns.size() == templates::Layout::default_columns().size());
}

TEST_CASE("an indicator's decimals set its figures' number format") {
  testing::RenderFixture fixture;
  templates::Indicator& indicator = fixture.catalogue.outcomes.front().indicators.front();
  const auto bytes_with = [&](std::optional<int> decimals) {
    indicator.decimals = decimals;
    const auto bytes = render::render_dashboard_workbook(fixture.model, {}, {}, {});
    REQUIRE(bytes);
    return testing::zip_entry(*bytes, "xl/styles.xml");
  };
  CHECK(bytes_with(std::nullopt).find("formatCode=\"#,##0.00\"") != std::string::npos);
  CHECK(bytes_with(3).find("formatCode=\"#,##0.000\"") != std::string::npos);
  CHECK(bytes_with(0).find("formatCode=\"#,##0\"") != std::string::npos);
}

TEST_CASE(
    "the printed copy draws each trajectory as a chart of the sparkline's kind, over its cell") {
  const testing::RenderFixture fixture;
  for (const auto type : {templates::SparklineType::line, templates::SparklineType::column}) {
    templates::Layout layout;
    layout.sparklines.type = type;
    render::RenderOptions print;
    print.for_print = true;
    const auto bytes = render::render_dashboard_workbook(fixture.model, {}, layout, print);
    REQUIRE(bytes);
    CHECK(testing::zip_entry(*bytes, "xl/worksheets/sheet1.xml").find("x14:sparklineGroup") ==
          std::string::npos);
    const std::string chart = testing::zip_entry(*bytes, "xl/charts/chart1.xml");
    CHECK(chart.find(type == templates::SparklineType::line ? "<c:lineChart>" : "<c:barChart>") !=
          std::string::npos);
    CHECK(chart.find("<c:f>Trends!B2:Y2</c:f>") != std::string::npos);
    // The axis as the sparkline's: a line from its lowest month (531) to its highest (600),
    // columns from zero.
    const bool line = type == templates::SparklineType::line;
    CHECK(chart.find(line ? "<c:max val=\"600\"/><c:min val=\"531\"/>"
                          : "<c:max val=\"600\"/><c:min val=\"0\"/>") != std::string::npos);
    CHECK(chart.find("<c:dispBlanksAs val=\"span\"/>") == std::string::npos);  // monthly: gaps
    CHECK(chart.find("<c:plotVisOnly val=\"1\"/>") == std::string::npos);      // Trends is hidden
    CHECK(chart.find("<c:legend>") == std::string::npos);
    const std::string drawing = testing::zip_entry(*bytes, "xl/drawings/drawing1.xml");
    CHECK(drawing.find("<xdr:from><xdr:col>8</xdr:col>") != std::string::npos);  // Trajectory, I
  }

  // A quarterly series: its points joined, as the sparkline's are.
  testing::RenderFixture quarterly;
  auto& trajectory = quarterly.model.outcomes[0].indicators[0].trajectory;
  for (std::size_t i = 0; i < trajectory.size(); ++i) {
    if (i % 3 != 2) {
      trajectory[i].value.reset();
    }
  }
  render::RenderOptions print;
  print.for_print = true;
  const auto bytes = render::render_dashboard_workbook(quarterly.model, {}, {}, print);
  REQUIRE(bytes);
  CHECK(testing::zip_entry(*bytes, "xl/charts/chart1.xml").find("<c:dispBlanksAs val=\"span\"/>") !=
        std::string::npos);
}

TEST_CASE("the layout's publication block sets the published copy's author, language and contact") {
  core::Diagnostics diagnostics;
  const templates::Layout layout = load(R"(
publication:
  author: Rutland County Council
  language: cy
  contact: [Community Safety Team, "E-mail: safety@example.org"]
)",
                                        diagnostics);
  INFO(described(diagnostics));
  REQUIRE(diagnostics.empty());
  CHECK(layout.publication.author == "Rutland County Council");
  CHECK(layout.publication.language == "cy");
  CHECK(layout.publication.contact ==
        std::vector<std::string>{"Community Safety Team", "E-mail: safety@example.org"});

  const testing::RenderFixture fixture;
  const auto bytes = render::render_dashboard_workbook(fixture.model, {}, layout, {});
  REQUIRE(bytes);
  const std::string properties = testing::zip_entry(*bytes, "docProps/core.xml");
  CHECK_THAT(properties, Catch::Contains("<dc:creator>Rutland County Council</dc:creator>"));
  CHECK_THAT(properties, Catch::Contains("<dc:language>cy</dc:language>"));
  CHECK_THAT(properties, Catch::Contains("<dc:subject>Leicestershire: 12 months to Sep 2025"));
}

TEST_CASE("a publication language that is not a language tag is named at its line") {
  core::Diagnostics diagnostics;
  const templates::Layout layout =
      load("publication:\n  language: \"English</dc:language>\"\n  colour: red\n", diagnostics);
  CHECK(testing::places_and_codes(diagnostics) ==
        std::vector<std::string>{"template/layout.yaml:3:3 template-unknown-key",
                                 "template/layout.yaml:2:13 template-invalid-language"});
  CHECK(layout.publication.language == "en-GB");
}

// A bug: libxlsxwriter reads the colour 0 as "none", so a layout's black was never written.
TEST_CASE("a layout colour of black is written as black") {
  core::Diagnostics diagnostics;
  const templates::Layout layout = load("colours: {title: \"#000000\"}\n", diagnostics);
  REQUIRE(diagnostics.empty());
  const testing::RenderFixture fixture;
  const auto bytes = render::render_dashboard_workbook(fixture.model, {}, layout, {});
  REQUIRE(bytes);
  CHECK_THAT(testing::zip_entry(*bytes, "xl/styles.xml"), Catch::Contains("FF000000"));
}

TEST_CASE("the districts column may show some area sets, and classifications have their colours") {
  core::Diagnostics diagnostics;
  const templates::Layout layout = load(R"(columns:
  - indicator
  - current
  - gap
  - {column: districts, sets: [BCUs]}
classification_colours: {High: "#C00000", Low: "#92D050"}
)",
                                        diagnostics);
  INFO(described(diagnostics));
  REQUIRE(diagnostics.empty());
  REQUIRE(layout.columns.size() == 4);
  CHECK(layout.columns[2].heading == "Gap to target");
  CHECK(layout.columns[3].sets == std::vector<std::string>{"BCUs"});
  REQUIRE(layout.classification_colours.size() == 2);
  CHECK(layout.classification_colours[1].classification == "Low");
  CHECK(layout.classification_colours[1].fill == 0x92D050);

  diagnostics.clear();
  load(R"(columns:
  - indicator
  - {column: current, sets: [BCUs]}
  - {column: districts, sets: []}
classification_colours: [High]
)",
       diagnostics);
  CHECK(testing::places_and_codes(diagnostics) ==
        std::vector<std::string>{
            "template/layout.yaml:3:29 template-sets-not-for-column",
            "template/layout.yaml:4:31 template-sets-empty",
            "template/layout.yaml:5:25 template-wrong-type",
        });
}
