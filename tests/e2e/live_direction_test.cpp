// The demo's direction-of-travel cells are live formulas whose saved results are the engine's
// directions, as report.json gives them, for every indicator.
#include <catch2/catch.hpp>

#include <regex>
#include <string>
#include <vector>

#include "e2e/program_and_sheets.hpp"
#include "scdash/core/cell_ref.hpp"
#include "support/zip_reader.hpp"

using namespace scdash;
using testing::TemporaryFolder;

namespace {

struct ReportedIndicator {
  std::string label;
  std::string direction;  // up, down, stable, or empty for null
};

// The indicators of report.json, in order (one object each, starting with its "outcome").
std::vector<ReportedIndicator> reported_indicators(const std::string& json) {
  const auto start = json.find("\"indicators\":");
  REQUIRE(start != std::string::npos);
  const std::string indicators = json.substr(start, json.find("\"diagnostics\":", start) - start);
  std::vector<ReportedIndicator> found;
  const std::regex object(
      R"re(\{\s*"outcome":\s*"(?:[^"\\]|\\.)*",\s*"id":\s*"[^"]*",\s*"label":\s*"((?:[^"\\]|\\.)*)")re");
  const std::regex direction(R"re("direction":\s*(null|"([a-z]+)"))re");
  for (auto it = std::sregex_iterator(indicators.begin(), indicators.end(), object);
       it != std::sregex_iterator(); ++it) {
    std::smatch said;
    const std::string rest = indicators.substr(static_cast<std::size_t>(it->position()));
    REQUIRE(std::regex_search(rest, said, direction));
    found.push_back({(*it)[1], said[2]});
  }
  return found;
}

std::string arrow(const std::string& direction) {
  return direction == "up"     ? "\u2191"
         : direction == "down" ? "\u2193"
         : direction.empty()   ? "n/a"
                               : "\u2192";
}

}  // namespace

TEST_CASE("every direction of travel is a formula whose saved result is the engine's direction") {
  TemporaryFolder out;
  const auto workbook = out.path() / "dashboard.xlsx";
  const auto report = out.path() / "report.json";
  const auto result = testing::run_scdash(
      {"run", "examples/returns", "--out", workbook.string(), "--report", report.string()});
  INFO(result.err);
  REQUIRE(result.exit_status <= 1);

  const auto indicators = reported_indicators(testing::read_file(report));
  REQUIRE(indicators.size() >= 15);
  const testing::CellMap cells = testing::read_sheet(workbook, "Dashboard");
  const std::string sheet =
      testing::zip_entry(testing::read_file(workbook), "xl/worksheets/sheet1.xml");
  std::string column;
  for (const auto& [ref, cell] : cells) {
    if (cell.ref.row == 3 && cell.text == "Direction of Travel") {
      column = core::column_name(cell.ref.column);
    }
  }
  REQUIRE(!column.empty());
  std::size_t live = 0;
  for (std::size_t i = 0; i < indicators.size(); ++i) {
    const std::string ref = column + std::to_string(5 + i);
    INFO(indicators[i].label << " at " << ref);
    CHECK(cells.at("C" + std::to_string(5 + i)).text.starts_with(indicators[i].label));
    CHECK(cells.at(ref).text == arrow(indicators[i].direction));
    const bool formula = sheet.find("<c r=\"" + ref + "\" s=\"") != std::string::npos &&
                         sheet.find("<f>", sheet.find("<c r=\"" + ref + "\" s=\"")) <
                             sheet.find("</c>", sheet.find("<c r=\"" + ref + "\" s=\""));
    CHECK(formula == !indicators[i].direction.empty());
    live += formula ? 1 : 0;
  }
  CHECK(live >= 10);  // most of the demo's indicators have both figures
}
