// The kinds of formula: each one's traits, and how dashboard.yaml writes it.
#include <algorithm>

#include <fmt/format.h>

#include "template/parse_formula.hpp"

namespace scdash::templates {
namespace {

// Reads a kind's keys from its node into `formula` (whose kind is set); false after reporting.
using KeysReader = bool (*)(core::YamlChecker& yaml, const YAML::Node& node, Formula& formula);

bool read_rate(core::YamlChecker& yaml, const YAML::Node& node, Formula& formula) {
  if (!yaml.check_keys(node, "'rate'", {"measure", "per", "of"})) {
    return false;
  }
  const auto measure = yaml.string(node, "measure");
  const auto per = yaml.number(node, "per");
  const auto of =
      yaml.choice<core::Denominator>(node, "of",
                                     {{"population", core::Denominator::persons},
                                      {"households", core::Denominator::households},
                                      {"adult_females", core::Denominator::adult_females}},
                                     core::Denominator::persons);
  if (per && *per <= 0) {
    yaml.error(node["per"], "out-of-range", "'per' must be more than zero, such as 10000");
    return false;
  }
  if (!measure || !per || !of) {
    return false;
  }
  formula.measure = *measure;
  formula.rate_per = *per;
  formula.population = *of;
  return true;
}

bool read_quotient(core::YamlChecker& yaml, const YAML::Node& node, Formula& formula) {
  if (!yaml.check_keys(node, fmt::format("'{}'", formula.traits().key),
                       {"numerator", "denominator"})) {
    return false;
  }
  const auto numerator = yaml.string(node, "numerator");
  const auto denominator = yaml.string(node, "denominator");
  if (!numerator || !denominator) {
    return false;
  }
  formula.measure = *numerator;
  formula.denominator_measure = *denominator;
  return true;
}

bool read_count(core::YamlChecker& yaml, const YAML::Node& node, Formula& formula) {
  if (!yaml.check_keys(node, "'count'", {"measure"})) {
    return false;
  }
  const auto measure = yaml.string(node, "measure");
  formula.measure = measure.value_or("");
  return measure.has_value();
}

bool read_value(core::YamlChecker& yaml, const YAML::Node& node, Formula& formula) {
  if (!yaml.check_keys(node, "'value'", {"measure", "unit"})) {
    return false;
  }
  const auto measure = yaml.string(node, "measure");
  const auto percent =
      yaml.choice<bool>(node, "unit", {{"percent", true}, {"number", false}}, false);
  if (!measure || !percent) {
    return false;
  }
  formula.measure = *measure;
  formula.reported_percentage = *percent;
  return true;
}

struct Kind {
  FormulaKindTraits traits;
  KeysReader read;
};

const std::vector<Kind>& kinds() {
  static const std::vector<Kind> all = [] {
    std::vector<Kind> list;
    FormulaKindTraits rate;
    rate.kind = FormulaKind::rate;
    rate.key = "rate";
    rate.divisor = Divisor::population;
    rate.interval = IntervalMethod::counts;
    rate.counts = true;
    rate.compared_across_areas = true;
    rate.note =
        "{period}: {numerator} {measure} from {sources}.\n"
        "{numerator} \u00F7 {population} {denominator} ({vintage}) \u00D7 {multiplier} = "
        "{value:.2f}.";
    list.push_back({rate, read_rate});

    FormulaKindTraits percentage;
    percentage.kind = FormulaKind::percentage;
    percentage.key = "percentage";
    percentage.divisor = Divisor::measure;
    percentage.multiplier = 100;
    percentage.interval = IntervalMethod::proportion;
    percentage.counts = true;
    percentage.part_of_whole = true;
    percentage.compared_across_areas = true;
    percentage.percentage = true;
    percentage.decimals = 1;
    percentage.note =
        "{period}: {numerator} {measure} and {denominator} {denominator_measure}, from "
        "{sources}.\n{numerator} \u00F7 {denominator} \u00D7 100 = {value:.1f}%.";
    list.push_back({percentage, read_quotient});

    FormulaKindTraits count;
    count.kind = FormulaKind::count;
    count.key = "count";
    count.interval = IntervalMethod::counts;
    count.counts = true;
    count.decimals = 0;
    count.note = "{period}: {numerator} {measure}, from {sources}.";
    list.push_back({count, read_count});

    FormulaKindTraits ratio;
    ratio.kind = FormulaKind::ratio;
    ratio.key = "ratio";
    ratio.divisor = Divisor::measure;
    ratio.counts = true;
    ratio.compared_across_areas = true;
    ratio.note =
        "{period}: {numerator} {measure} and {denominator} {denominator_measure}, from "
        "{sources}.\n{numerator} \u00F7 {denominator} = {value:.2f}.";
    list.push_back({ratio, read_quotient});

    FormulaKindTraits value;
    value.kind = FormulaKind::value;
    value.key = "value";
    value.reported = true;
    value.note = "{period}: {value}{percent} {measure} as reported, at {sources}.";
    list.push_back({value, read_value});
    return list;
  }();
  return all;
}

const Kind& kind_of(FormulaKind kind) {
  const auto& all = kinds();
  return *std::find_if(all.begin(), all.end(),
                       [&](const Kind& entry) { return entry.traits.kind == kind; });
}

}  // namespace

const std::vector<FormulaKindTraits>& formula_kinds() {
  static const std::vector<FormulaKindTraits> all = [] {
    std::vector<FormulaKindTraits> list;
    for (const Kind& kind : kinds()) {
      list.push_back(kind.traits);
    }
    return list;
  }();
  return all;
}

const FormulaKindTraits& Formula::traits() const {
  return kind_of(kind).traits;
}

double Formula::multiplier() const {
  return traits().divisor == Divisor::population ? rate_per : traits().multiplier;
}

std::vector<std::string> Formula::measures() const {
  std::vector<std::string> read = {measure};
  if (traits().divisor == Divisor::measure) {
    read.push_back(denominator_measure);
  }
  return read;
}

std::optional<Formula> parse_formula(core::YamlChecker& yaml, const YAML::Node& indicator) {
  std::optional<Formula> formula;
  int found = 0;
  for (const Kind& kind : kinds()) {
    const YAML::Node node = indicator[std::string(kind.traits.key)];
    if (!node) {
      continue;
    }
    if (++found > 1) {
      yaml.error(
          node, "two-formulas",
          fmt::format("an indicator has one formula, but '{}' is a second", kind.traits.key));
      return std::nullopt;
    }
    Formula read;
    read.kind = kind.traits.kind;
    if (!kind.read(yaml, node, read)) {
      return std::nullopt;
    }
    formula = read;
  }
  if (found == 0) {
    std::vector<std::string_view> keys;
    for (const FormulaKindTraits& kind : formula_kinds()) {
      keys.push_back(kind.key);
    }
    yaml.error(indicator, "missing-formula", "an indicator needs a formula",
               fmt::format("give one of: {}", fmt::join(keys, ", ")));
  }
  return formula;
}

}  // namespace scdash::templates
