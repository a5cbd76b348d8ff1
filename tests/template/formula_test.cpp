#include <catch2/catch.hpp>

#include <fmt/format.h>

#include "scdash/template/catalogue.hpp"
#include "support/describe.hpp"
#include "support/memory_file_system.hpp"

using namespace scdash;
using templates::Divisor;
using templates::FormulaKind;

namespace {

templates::Formula only_formula(const std::string& formula_yaml) {
  testing::MemoryFileSystem disk;
  disk.add_file("t/dashboard.yaml",
                "title: T\nheadline_area: C1\noutcomes:\n  - name: O\n    indicators:\n"
                "      - {id: x, label: X, polarity: none, " +
                    formula_yaml + "}\n");
  core::Diagnostics diagnostics;
  const auto catalogue = templates::load_catalogue(disk, "t", diagnostics);
  INFO(testing::describe(diagnostics));
  REQUIRE(catalogue);
  return catalogue->outcomes.at(0).indicators.at(0).formula;
}

}  // namespace

TEST_CASE("each kind of formula is read from its key, with what it reads") {
  const auto rate = only_formula("rate: {measure: crime.total, per: 1000, of: households}");
  CHECK(rate.kind == FormulaKind::rate);
  CHECK(rate.multiplier() == 1000);
  CHECK(rate.population == core::Denominator::households);
  CHECK(rate.measures() == std::vector<std::string>{"crime.total"});

  const auto percentage =
      only_formula("percentage: {numerator: marac.repeats, denominator: marac.cases}");
  CHECK(percentage.multiplier() == 100);
  CHECK(percentage.is_percentage());
  CHECK(percentage.measures() == std::vector<std::string>{"marac.repeats", "marac.cases"});

  const auto ratio = only_formula("ratio: {numerator: reoffences, denominator: offenders}");
  CHECK(ratio.multiplier() == 1);
  CHECK_FALSE(ratio.is_percentage());

  CHECK(only_formula("count: {measure: fte}").measures() == std::vector<std::string>{"fte"});
  const auto survey = only_formula("value: {measure: survey.get_on, unit: percent}");
  CHECK(survey.traits().reported);
  CHECK(survey.is_percentage());
  CHECK_FALSE(only_formula("value: {measure: iom.reduction}").is_percentage());
}

TEST_CASE("the kinds' traits say how each is computed, checked and compared") {
  std::vector<std::string> keys;
  for (const auto& kind : templates::formula_kinds()) {
    keys.emplace_back(kind.key);
  }
  CHECK(keys == std::vector<std::string>{"rate", "percentage", "count", "ratio", "value"});
  const auto traits = [](FormulaKind kind) {
    templates::Formula formula;
    formula.kind = kind;
    return formula.traits();
  };
  CHECK(traits(FormulaKind::rate).divisor == Divisor::population);
  CHECK(traits(FormulaKind::percentage).part_of_whole);
  CHECK_FALSE(traits(FormulaKind::ratio).part_of_whole);  // re-offences may exceed offenders
  CHECK(traits(FormulaKind::percentage).interval == templates::IntervalMethod::proportion);
  CHECK(traits(FormulaKind::count).interval == templates::IntervalMethod::counts);
  CHECK(traits(FormulaKind::ratio).interval == templates::IntervalMethod::none);
  CHECK_FALSE(traits(FormulaKind::count).compared_across_areas);  // counts grow with size
  CHECK_FALSE(traits(FormulaKind::value).counts);
  CHECK(traits(FormulaKind::count).decimals == 0);
}

TEST_CASE("every kind's note formats with the fields a figure gives") {
  for (const auto& kind : templates::formula_kinds()) {
    INFO(kind.key);
    std::string note;
    REQUIRE_NOTHROW(
        note = fmt::format(fmt::runtime(kind.note), fmt::arg("period", "P"),
                           fmt::arg("sources", "S"), fmt::arg("measure", "M"),
                           fmt::arg("denominator_measure", "D"), fmt::arg("numerator", "1"),
                           fmt::arg("denominator", "2"), fmt::arg("multiplier", "3"),
                           fmt::arg("population", "population"), fmt::arg("vintage", "V"),
                           fmt::arg("percent", "%"), fmt::arg("value", 0.5)));
    CHECK(note.starts_with("P: "));
    CHECK(note.find('S') != std::string::npos);
  }
}

TEST_CASE("an indicator has one formula, and the message lists the kinds") {
  testing::MemoryFileSystem disk;
  disk.add_file("t/dashboard.yaml",
                "title: T\nheadline_area: C1\noutcomes:\n  - name: O\n    indicators:\n"
                "      - {id: x, label: X, polarity: none}\n");
  core::Diagnostics diagnostics;
  CHECK_FALSE(templates::load_catalogue(disk, "t", diagnostics));
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == "template-missing-formula");
  CHECK(diagnostics[0].hint == "give one of: rate, percentage, count, ratio, value");
}
