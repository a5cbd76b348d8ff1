#include <catch2/catch.hpp>

#include <map>
#include <regex>

#include "render/live_formulas.hpp"
#include "render/render_fixture.hpp"
#include "scdash/io/workbook.hpp"
#include "scdash/render/dashboard_workbook.hpp"
#include "support/memory_file_system.hpp"
#include "support/zip_reader.hpp"

using namespace scdash;

namespace {

struct Written {
  std::string sheet;   // xl/worksheets/sheet1.xml
  std::string styles;  // xl/styles.xml
  std::map<std::string, io::Cell> cells;
};

Written write_dashboard(const testing::RenderFixture& fixture,
                        const templates::Layout& layout = {}) {
  const auto bytes = render::render_dashboard_workbook(fixture.model, {}, layout, {});
  REQUIRE(bytes);
  Written written{testing::zip_entry(*bytes, "xl/worksheets/sheet1.xml"),
                  testing::zip_entry(*bytes, "xl/styles.xml"),
                  {}};
  testing::MemoryFileSystem disk;
  disk.add_file("dashboard.xlsx", *bytes);
  auto workbook = io::open_workbook(disk, "dashboard.xlsx", "dashboard.xlsx");
  REQUIRE(workbook);
  REQUIRE((*workbook)->read_sheet(0, [&](const io::Row& row) {
    for (const auto& cell : row.cells) {
      written.cells[core::to_a1(cell.ref)] = cell;
    }
    return true;
  }));
  return written;
}

// The <c> element of `ref` in the sheet's XML.
std::string cell_xml(const std::string& sheet, const std::string& ref) {
  const auto start = sheet.find("<c r=\"" + ref + "\"");
  REQUIRE(start != std::string::npos);
  const auto end = sheet.find("</c>", start);
  REQUIRE(end != std::string::npos);
  return sheet.substr(start, end + 4 - start);
}

// The font colour of the conditional format whose rule holds `formula`: the rule's dxfId
// indexes the <dxf> elements of styles.xml.
std::string rule_font_colour(const Written& written, const std::string& formula) {
  const auto at = written.sheet.find("<formula>" + formula + "</formula>");
  REQUIRE(at != std::string::npos);
  const auto rule = written.sheet.rfind("<cfRule", at);
  std::smatch id;
  const std::string rule_xml = written.sheet.substr(rule, at - rule);
  REQUIRE(std::regex_search(rule_xml, id, std::regex("dxfId=\"([0-9]+)\"")));
  std::size_t dxf = written.styles.find("<dxfs");
  for (int i = 0; i <= std::stoi(id[1]); ++i) {
    dxf = written.styles.find("<dxf>", dxf + 1);
    REQUIRE(dxf != std::string::npos);
  }
  std::smatch colour;
  const std::string dxf_xml = written.styles.substr(dxf, written.styles.find("</dxf>", dxf) - dxf);
  REQUIRE(std::regex_search(dxf_xml, colour, std::regex("<color rgb=\"([0-9A-F]+)\"")));
  return colour[1];
}

templates::Indicator percentage_indicator() {
  templates::Indicator marac;
  marac.formula.kind = templates::FormulaKind::percentage;
  marac.stable_band = 0.5;
  return marac;
}

}  // namespace

TEST_CASE("the change and the direction of travel are formulas on the row's previous and current") {
  const testing::RenderFixture fixture;
  const templates::Indicator& crime = *fixture.model.outcomes[0].indicators[0].indicator;
  CHECK(render::direction_formula(crime, "D5", "E5") ==
        "=IF(AND(ISNUMBER(D5),ISNUMBER(E5)),IF(D5=0,\"n/a\",IF(ABS((E5-D5)/D5*100)<=2,"
        "\"\u2192\",IF((E5-D5)/D5*100>0,\"\u2191\",\"\u2193\"))),\"n/a\")");
  CHECK(render::change_formula(crime, "D5", "E5") ==
        "=IF(AND(ISNUMBER(D5),ISNUMBER(E5)),IF(D5=0,\"n/a\",(E5-D5)/D5),\"n/a\")");

  // A percentage changes in points, which a previous figure of zero does not prevent.
  const templates::Indicator marac = percentage_indicator();
  CHECK(render::direction_formula(marac, "D9", "E9") ==
        "=IF(AND(ISNUMBER(D9),ISNUMBER(E9)),IF(ABS(E9-D9)<=0.5,\"\u2192\",IF(E9-D9>0,"
        "\"\u2191\",\"\u2193\")),\"n/a\")");
  CHECK(render::change_formula(marac, "D9", "E9") ==
        "=IF(AND(ISNUMBER(D9),ISNUMBER(E9)),E9-D9,\"n/a\")");
}

TEST_CASE("the direction and change cells hold live formulas with the engine's results cached") {
  const testing::RenderFixture fixture;
  const Written written = write_dashboard(fixture);
  const std::string direction = cell_xml(written.sheet, "G5");
  CHECK(direction.find("t=\"str\"><f>IF(AND(ISNUMBER(D5),ISNUMBER(E5)),IF(D5=0,\"n/a\","
                       "IF(ABS((E5-D5)/D5*100)&lt;=2,") != std::string::npos);
  CHECK(direction.ends_with("<v>\u2193</v></c>"));
  CHECK(written.cells.at("G5").type == io::CellType::string);
  CHECK(written.cells.at("G5").text == "\u2193");  // the engine's: down, within no band

  const std::string change = cell_xml(written.sheet, "F5");
  CHECK(change.find("<f>IF(AND(ISNUMBER(D5),ISNUMBER(E5)),IF(D5=0,\"n/a\",(E5-D5)/D5),\"n/a\")"
                    "</f>") != std::string::npos);
  const double engine_change = *fixture.model.outcomes[0].indicators[0].change / 100;
  CHECK(written.cells.at("F5").type == io::CellType::number);
  CHECK(written.cells.at("F5").number == engine_change);
}

TEST_CASE("the arrow's colour is a conditional format on the arrow and the row's polarity") {
  const testing::RenderFixture fixture;
  const Written written = write_dashboard(fixture);
  CHECK(written.sheet.find("<conditionalFormatting sqref=\"G5\">") != std::string::npos);
  const auto rules = render::judgement_rules("G5", "$N5");
  const auto escaped = [](std::string formula) {
    formula.erase(0, 1);  // the leading =
    std::string xml;
    for (const char c : formula) {
      xml += c == '<' ? std::string("&lt;") : c == '>' ? std::string("&gt;") : std::string(1, c);
    }
    return xml;
  };
  CHECK(escaped(rules.better) == "OR(AND(G5=\"\u2191\",$N5&gt;0),AND(G5=\"\u2193\",$N5&lt;0))");
  // The layout's arrow colours: better green, worse red, no judgement grey.
  CHECK(rule_font_colour(written, escaped(rules.better)) == "FF00B050");
  CHECK(rule_font_colour(written, escaped(rules.worse)) == "FFC00000");
  CHECK(rule_font_colour(written, escaped(rules.no_judgement)) == "FF808080");
  // The arrow's own format has no colour of its own to fight the rules with.
  CHECK(written.styles.find("FF00B050") == written.styles.rfind("FF00B050"));
}

TEST_CASE("every row's polarity is kept for the arrows' colours, with or without districts") {
  testing::RenderFixture fixture;
  fixture.model.districts.clear();
  for (auto& result : fixture.model.outcomes[0].indicators) {
    result.districts.clear();
  }
  const auto bytes = render::render_dashboard_workbook(fixture.model, {}, {}, {});
  REQUIRE(bytes);
  // The last column is K (county comparison), so the polarity is in L; lower is better.
  const std::string sheet = testing::zip_entry(*bytes, "xl/worksheets/sheet1.xml");
  CHECK(sheet.find("<c r=\"L5\"><v>-1</v></c>") != std::string::npos);
  CHECK(sheet.find("$L5&gt;0") != std::string::npos);
}

TEST_CASE("without a previous column, the change and the arrow are written as values") {
  templates::Layout layout;
  layout.columns = {{templates::DashboardColumn::indicator, "Indicator", 30},
                    {templates::DashboardColumn::current, "Current", 10},
                    {templates::DashboardColumn::change, "Change", 8},
                    {templates::DashboardColumn::direction, "Direction", 8}};
  const testing::RenderFixture fixture;
  const Written written = write_dashboard(fixture, layout);
  CHECK(cell_xml(written.sheet, "C5").find("<f>") == std::string::npos);
  CHECK(cell_xml(written.sheet, "D5").find("<f>") == std::string::npos);
  CHECK(written.cells.at("D5").text == "\u2193");
  // Still coloured by the rules, which do not need the previous figure.
  CHECK(written.sheet.find("<conditionalFormatting sqref=\"D5\">") != std::string::npos);
}

TEST_CASE("a direction that cannot be computed is the text n/a, not a formula") {
  testing::RenderFixture fixture;
  kpi::IndicatorResult& result = fixture.model.outcomes[0].indicators[0];
  result.previous = kpi::Figure::unavailable("no return for 2023/24");
  result.change.reset();
  result.direction.reset();
  const Written written = write_dashboard(fixture);
  CHECK(cell_xml(written.sheet, "G5").find("<f>") == std::string::npos);
  CHECK(written.cells.at("G5").text == "n/a");
  CHECK(written.cells.at("F5").text == "n/a");
}
