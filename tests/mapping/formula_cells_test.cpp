// Formulas with no saved result read as empty: a warning at each cell a mapping reads, and one
// note for those it does not, such as a total column beside the table.
#include <catch2/catch.hpp>

#include <cctype>

#include <fmt/format.h>

#include "io/xlsx_fixture.hpp"
#include "mapping/mapping_fixture.hpp"
#include "scdash/mapping/extract.hpp"

using namespace scdash;
using namespace scdash::testing;

namespace {

// A row of inline-string and number cells, and formula cells with no <v>, as a writer that does
// not calculate leaves them.
std::string cell(const char* ref, const std::string& value) {
  if (value.starts_with("=")) {
    return fmt::format("<c r=\"{}\"><f>{}</f></c>", ref, value.substr(1));
  }
  if (!value.empty() && std::isdigit(static_cast<unsigned char>(value[0]))) {
    return fmt::format("<c r=\"{}\"><v>{}</v></c>", ref, value);
  }
  return fmt::format("<c r=\"{}\" t=\"inlineStr\"><is><t>{}</t></is></c>", ref, value);
}

}  // namespace

TEST_CASE("a formula with no saved result is a warning where a mapping reads, else one note") {
  // Crime by district and month, a Total column the mapping does not read (all formulas), and
  // one month's figure for Charnwood itself a formula never calculated.
  const std::string sheet_data =
      "<row r=\"1\">" + cell("A1", "District") + cell("B1", "Apr-25") + cell("C1", "May-25") +
      cell("D1", "Total") + "</row><row r=\"2\">" + cell("A2", "Blaby") + cell("B2", "486") +
      cell("C2", "472") + cell("D2", "=B2+C2") + "</row><row r=\"3\">" + cell("A3", "Charnwood") +
      cell("B3", "1203") + cell("C3", "=1100+87") + cell("D3", "=B3+C3") + "</row><row r=\"5\">" +
      cell("A5", "Checked by") + cell("D5", "=TODAY()") + "</row>";
  auto workbook = open_bytes(XlsxParts().sheet(sheet_data).zip());
  REQUIRE(workbook);
  const auto result = mapping::extract(
      load_mapping("files: [x]\ntable: {shape: wide, area_column: District}\nmeasure: m.x\n"),
      **workbook, "crime.xlsx", test_areas());
  CHECK(compact(result) == std::vector<std::string>{"m.x E07000129 2025-04 486 B2",
                                                    "m.x E07000129 2025-05 472 C2",
                                                    "m.x E07000130 2025-04 1203 B3"});
  std::vector<std::string> formulas;
  for (const auto& diagnostic : result.diagnostics) {
    if (diagnostic.code == "formula-without-value") {
      formulas.push_back(diagnostic.to_string());
    }
  }
  // C3 is in the table; D2, D3 (the Total column) and D5 (below the table) are not.
  CHECK(formulas ==
        std::vector<std::string>{
            "crime.xlsx!Data!C3: warning: the cell has a formula but no saved result, so it "
            "reads as empty [formula-without-value]",
            "crime.xlsx!Data: info: 3 cell(s) that no mapping reads have a formula but no saved "
            "result, the first D2; no figure depends on them [formula-without-value]"});
}
