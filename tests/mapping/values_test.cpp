// Figures as partners write them: numbers, numbers as text, percentages, and the markers they
// use for figures they cannot give, which become "not available" with a reason, never zero.
#include <catch2/catch.hpp>

#include "mapping/mapping_fixture.hpp"
#include "mapping/value_reading.hpp"
#include "scdash/mapping/extract.hpp"
#include "support/fake_workbook.hpp"

using namespace scdash;
using namespace scdash::testing;
using Kind = mapping::ValueReading::Kind;

namespace {

mapping::ValueRules rules(bool percent) {
  return {percent,
          {{"*", "suppressed: fewer than 5"},
           {"-", "nil return"},
           {"n/a", "not held"},
           {"..", "not available"},
           {"<5", "fewer than 5"},
           {"#N/A", "not supplied"}}};
}

}  // namespace

TEST_CASE("numbers, numbers as text and declared percentages are read") {
  const auto with_percent = rules(true);
  CHECK(mapping::read_value(number(12.5), with_percent).number == 12.5);
  for (const auto& [cell_text, value] : std::vector<std::pair<const char*, double>>{
           {"1,234", 1234}, {" 56 ", 56}, {"12%", 12}, {" 12.5 % ", 12.5}, {"-3", -3}}) {
    INFO(cell_text);
    const auto reading = mapping::read_value(text(cell_text), with_percent);
    REQUIRE(reading.kind == Kind::number);
    CHECK(reading.number == value);
  }
}

TEST_CASE("a number shown as a percentage reads as shown when the mapping declares percentages") {
  io::Cell shown = number(0.328);
  shown.percent = true;                                           // 32.8% in Excel
  CHECK(mapping::read_value(shown, rules(true)).number == 32.8);  // exactly, not 32.800000000000004
  CHECK(mapping::read_value(shown, rules(false)).number == 0.328);  // the value Excel holds
  shown.number = -0.05;
  CHECK(mapping::read_value(shown, rules(true)).number == -5);
  shown.number = 0.8909;
  CHECK(mapping::read_value(shown, rules(true)).number == 89.09);
  shown.number = 12;
  CHECK(mapping::read_value(shown, rules(true)).number == 1200);
}

TEST_CASE("a percentage the mapping has not declared is refused with the fix") {
  const auto reading = mapping::read_value(text("12%"), rules(false));
  REQUIRE(reading.kind == Kind::problem);
  CHECK(reading.code == "value-not-number");
  CHECK(reading.hint == "to read \"12%\" as 12, add 'percent: true' under 'values' in the mapping");
}

TEST_CASE("declared markers are not available with their reason, whatever their case") {
  for (const auto& [marker, reason] :
       std::vector<std::pair<const char*, const char*>>{{"*", "suppressed: fewer than 5"},
                                                        {" - ", "nil return"},
                                                        {"N/A", "not held"},
                                                        {"..", "not available"},
                                                        {"<5", "fewer than 5"}}) {
    INFO(marker);
    const auto reading = mapping::read_value(text(marker), rules(false));
    REQUIRE(reading.kind == Kind::not_available);
    CHECK(reading.reason == reason);
  }
  const auto error_cell = mapping::read_value(error_value("#N/A"), rules(false));
  CHECK(error_cell.kind == Kind::not_available);
  // Undeclared, the same texts are problems.
  CHECK(mapping::read_value(text("*"), {}).kind == Kind::problem);
  CHECK(mapping::read_value(error_value("#N/A"), {}).code == "value-error-cell");
  CHECK(mapping::read_value(text("<6"), rules(false)).kind == Kind::problem);
  CHECK(mapping::read_value(date(kApril2025), rules(false)).kind == Kind::problem);
}

TEST_CASE("a marked figure becomes an observation that says why it is not available") {
  FakeWorkbook workbook;
  workbook.add_sheet("Hate", {{text("District"), text("Apr-25"), text("May-25")},
                              {text("Blaby"), text("*"), number(3)},
                              {text("Charnwood"), text("n/a"), text("x")}});
  const auto result = mapping::extract(load_mapping(R"(files: [x]
table: {shape: wide, area_column: District}
measure: crime.racially_aggravated
values:
  not_available:
    "*": suppressed (fewer than 5)
    n/a: not available this quarter, due to a change of system
)"),
                                       workbook, "hate.xlsx", test_areas());
  CHECK(compact(result) ==
        std::vector<std::string>{
            "crime.racially_aggravated E07000129 2025-04 n/a(suppressed (fewer than 5)) B2",
            "crime.racially_aggravated E07000129 2025-05 3 C2",
            "crime.racially_aggravated E07000130 2025-04 n/a(not available this quarter, due to "
            "a change of system) B3",
            "crime.racially_aggravated E07000130 2025-05 rejected(expected a number, found string "
            "\"x\" [value-not-number]) C3"});
  CHECK(result.observations[0].value == 0);  // meaningless: the reason is what counts
  CHECK(problem_codes(result.diagnostics) == std::vector<std::string>{"value-not-number"});
  CHECK(result.cells_in_region.used == 4 - 1);
  CHECK(result.accounted());
}

TEST_CASE("a measure listed as text is read as its cell's text, markers still meaning n/a") {
  mapping::ValueRules with_markers = rules(false);
  const auto amber = mapping::read_text(text("  Amber "), with_markers);
  REQUIRE(amber.kind == Kind::text);
  CHECK(amber.text == "Amber");
  // A number in a text measure's cell is kept as the text Excel shows, for the rule to judge.
  const auto three = mapping::read_text(number(3), with_markers);
  REQUIRE(three.kind == Kind::text);
  CHECK(three.text == "3");
  const auto marked = mapping::read_text(text("n/a"), with_markers);
  REQUIRE(marked.kind == Kind::not_available);
  CHECK(marked.reason == "not held");
  const auto error_cell = mapping::read_text(error_value("#REF!"), {});
  REQUIRE(error_cell.kind == Kind::problem);
  CHECK(error_cell.code == "value-error-cell");
}

TEST_CASE("a form's RAG set by hand and its reason are read as text, beside its figures") {
  FakeWorkbook workbook;
  workbook.add_sheet("IOM", {{text("IOM quarterly return")},
                             {text("Quarter 2 2025/26")},
                             {text("Reduction in offending"), number(28.5)},
                             {text("RAG"), text("Amber")},
                             {text("Reason"), text("Cohort changed mid-year")},
                             {text("Last quarter's RAG"), text("-")}});
  const auto result = mapping::extract(load_mapping(R"(files: [x]
area: Leicestershire
period: {cell: A2}
cells:
  - {cell: B3, measure: iom.reduction, label: Reduction in offending}
  - {cell: B4, measure: rag.iom, label: RAG}
  - {cell: B5, measure: rag.iom_reason, label: Reason}
  - {cell: B6, measure: rag.iom_last, label: Last quarter's RAG}
values:
  text: [rag.iom, rag.iom_reason, rag.iom_last]
  not_available: {"-": not given}
)"),
                                       workbook, "iom.xlsx", test_areas());
  CHECK(compact(result) ==
        std::vector<std::string>{"iom.reduction E10000018 2025-07..2025-09 28.5 B3",
                                 "rag.iom E10000018 2025-07..2025-09 \"Amber\" B4",
                                 "rag.iom_reason E10000018 2025-07..2025-09 \"Cohort changed "
                                 "mid-year\" B5",
                                 "rag.iom_last E10000018 2025-07..2025-09 n/a(not given) B6"});
  CHECK_FALSE(result.observations[0].text);  // the figure stays a number
  CHECK(result.observations[1].value == 0);
  CHECK(problem_codes(result.diagnostics).empty());
  CHECK(result.accounted());
}

TEST_CASE("a text measure must be a measure id") {
  const core::Diagnostics errors = mapping_errors(R"(files: [x]
area: Leicestershire
period: 2025/26 Q2
cells:
  - {cell: B4, measure: rag.iom}
values:
  text: [rag.iom, IOM RAG]
)");
  REQUIRE(codes(errors) == std::vector<std::string>{"mapping-bad-measure-id"});
  CHECK(errors[0].location.line == 7);
}
