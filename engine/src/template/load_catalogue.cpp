#include <set>

#include <fmt/format.h>

#include "scdash/core/yaml_checker.hpp"
#include "scdash/template/catalogue.hpp"
#include "template/parse_derived_measures.hpp"
#include "template/parse_formula.hpp"
#include "template/parse_target.hpp"
#include "template/parse_validation_settings.hpp"

namespace scdash::templates {
namespace {

// `rag: {rule: target}` judges the figure against the indicator's `target`, or against the
// level the rule's own `target` gives; one of the two, never both.
std::optional<RagRule> parse_target_rule(core::YamlChecker& yaml, const YAML::Node& node,
                                         const YAML::Node& indicator) {
  TargetRule read;
  if (node["tolerance"]) {
    const auto tolerance = yaml.number(node, "tolerance");
    if (!tolerance) {
      return std::nullopt;
    }
    read.tolerance_percent = *tolerance;
  }
  if (node["target"] && indicator["target"]) {
    yaml.error(node["target"], "target-given-twice",
               "the indicator has a 'target' already; the rule judges against it",
               "leave 'target' out of 'rag'");
    return std::nullopt;
  }
  if (!node["target"]) {
    if (!indicator["target"]) {
      yaml.error(node, "target-missing",
                 "a 'target' rule needs a target: the indicator's 'target', or the rule's own",
                 "such as 'target: {level: 85}' on the indicator");
      return std::nullopt;
    }
    return read;
  }
  const auto level = yaml.number(node, "target");
  if (!level) {
    return std::nullopt;
  }
  read.target = *level;
  return read;
}

std::optional<RagRule> parse_rag(core::YamlChecker& yaml, const YAML::Node& indicator) {
  const YAML::Node node = indicator["rag"];
  if (!node) {
    return NoRagRule{};
  }
  if (!yaml.check_keys(
          node, "'rag'",
          {"rule", "target", "tolerance", "low", "high", "margin", "measure", "level", "reason"})) {
    return std::nullopt;
  }
  const auto rule = yaml.choice<RagRule>(node, "rule",
                                         {{"none", NoRagRule{}},
                                          {"target", TargetRule{}},
                                          {"range", RangeRule{}},
                                          {"trend", TrendRule{}},
                                          {"benchmark", BenchmarkRule{}},
                                          {"manual", ManualRule{}}});
  if (!rule) {
    return std::nullopt;
  }
  auto number_or = [&](std::string_view key, double& field) {
    if (!node[std::string(key)]) {
      return true;
    }
    const auto value = yaml.number(node, key);
    field = value.value_or(field);
    return value.has_value();
  };
  if (std::holds_alternative<TargetRule>(*rule)) {
    return parse_target_rule(yaml, node, indicator);
  }
  if (std::holds_alternative<RangeRule>(*rule)) {
    RangeRule read;
    const auto low = yaml.number(node, "low");
    const auto high = yaml.number(node, "high");
    if (!low || !high || !number_or("margin", read.margin)) {
      return std::nullopt;
    }
    if (*low > *high) {
      yaml.error(node, "out-of-range", fmt::format("'low' ({}) is above 'high' ({})", *low, *high));
      return std::nullopt;
    }
    read.low = *low;
    read.high = *high;
    return read;
  }
  if (std::holds_alternative<BenchmarkRule>(*rule)) {
    BenchmarkRule read;
    const auto measure = yaml.string(node, "measure");
    if (!measure || !number_or("level", read.level)) {
      return std::nullopt;
    }
    if (read.level <= 0 || read.level >= 1) {
      yaml.error(node["level"], "out-of-range", "'level' is a confidence level such as 0.95");
      return std::nullopt;
    }
    read.measure = *measure;
    return read;
  }
  if (std::holds_alternative<ManualRule>(*rule)) {
    const auto measure = yaml.string(node, "measure");
    const auto reason = yaml.string_or(node, "reason", "");
    if (!measure || !reason) {
      return std::nullopt;
    }
    return ManualRule{*measure, *reason};
  }
  return rule;
}

std::optional<Comparators> parse_comparators(core::YamlChecker& yaml, const YAML::Node& indicator,
                                             const std::optional<Formula>& formula) {
  const YAML::Node node = indicator["comparators"];
  if (!node) {
    return Comparators{};
  }
  if (!yaml.check_keys(node, "'comparators'", {"most_similar_group", "counties", "per"})) {
    return std::nullopt;
  }
  const auto msg = yaml.string_or(node, "most_similar_group", "");
  const auto counties = yaml.string_or(node, "counties", "");
  if (!msg || !counties) {
    return std::nullopt;
  }
  Comparators comparators;
  comparators.most_similar_group = *msg;
  comparators.counties = *counties;
  if (node["per"]) {
    const auto per = yaml.number(node, "per");
    if (!per) {
      return std::nullopt;
    }
    if (*per <= 0) {
      yaml.error(node["per"], "out-of-range", "'per' must be more than zero, such as 1000");
      return std::nullopt;
    }
    if (formula && formula->traits().divisor != Divisor::population) {
      yaml.error(node["per"], "per-not-for-formula",
                 "'per' converts comparator rates, so only a rate indicator takes it");
      return std::nullopt;
    }
    comparators.per = *per;
  }
  return comparators;
}

std::optional<std::vector<std::string>> parse_footnotes(core::YamlChecker& yaml,
                                                        const YAML::Node& indicator) {
  const auto list = yaml.sequence(indicator, "footnotes", false);
  if (!list) {
    return std::nullopt;
  }
  std::vector<std::string> footnotes;
  for (const auto& node : *list) {
    const auto text = yaml.scalar(node, "a footnote");
    if (!text) {
      return std::nullopt;
    }
    footnotes.push_back(*text);
  }
  return footnotes;
}

std::optional<double> parse_non_negative(core::YamlChecker& yaml, const YAML::Node& node,
                                         std::string_view key, double fallback) {
  if (!node[std::string(key)]) {
    return fallback;
  }
  const auto value = yaml.number(node, key);
  if (value && *value < 0) {
    yaml.error(node[std::string(key)], "out-of-range", fmt::format("'{}' cannot be negative", key));
    return std::nullopt;
  }
  return value;
}

// The policy under `parent`'s `suppression` key, the defaults for what it does not give; an
// indicator's may set only its threshold, the template's also whether zeros are hidden.
std::optional<SuppressionPolicy> parse_suppression(core::YamlChecker& yaml,
                                                   const YAML::Node& parent, std::string_view what,
                                                   bool template_wide) {
  SuppressionPolicy policy;
  const YAML::Node node = parent["suppression"];
  if (!node) {
    return policy;
  }
  const bool known = template_wide ? yaml.check_keys(node, what, {"below", "zeros"})
                                   : yaml.check_keys(node, what, {"below"});
  if (!known) {
    return std::nullopt;
  }
  if (node["below"]) {
    const auto below = yaml.number(node, "below");
    if (!below || *below < 1) {
      if (below) {
        yaml.error(node["below"], "out-of-range",
                   "'below' is the smallest count shown: 1 or more (1 suppresses nothing)");
      }
      return std::nullopt;
    }
    policy.below = *below;
  }
  if (node["zeros"]) {
    const auto zeros = yaml.choice<bool>(node, "zeros", {{"suppressed", true}, {"shown", false}});
    if (!zeros) {
      return std::nullopt;
    }
    policy.zeros = *zeros;
  }
  return policy;
}

// Every part is checked before giving up, so that one run reports all of an indicator's mistakes.
std::optional<Indicator> parse_indicator(core::YamlChecker& yaml, const YAML::Node& node,
                                         Basis default_basis) {
  if (!yaml.check_keys(
          node, "an indicator",
          {"id",          "label",     "rate",    "percentage",    "count",        "ratio",
           "value",       "polarity",  "basis",   "lag_quarters",  "compare_with", "stable_band",
           "decimals",    "districts", "rag",     "comparators",   "footnotes",    "narrative_name",
           "suppression", "target",    "counted", "classification"})) {
    return std::nullopt;
  }
  const Indicator defaults;
  const auto id = yaml.string(node, "id");
  const auto label = yaml.string(node, "label");
  const auto narrative_name = yaml.string_or(node, "narrative_name", "");
  const auto formula = parse_formula(yaml, node);
  const auto polarity = yaml.choice<Polarity>(node, "polarity",
                                              {{"higher", Polarity::higher_is_better},
                                               {"lower", Polarity::lower_is_better},
                                               {"none", Polarity::none}});
  const auto basis = yaml.choice<Basis>(node, "basis",
                                        {{"rolling_12_months", Basis::rolling_12_months},
                                         {"quarter", Basis::quarter},
                                         {"financial_year_to_date", Basis::financial_year_to_date},
                                         {"latest", Basis::latest}},
                                        default_basis);
  const auto lag = parse_non_negative(yaml, node, "lag_quarters", defaults.lag_quarters);
  const auto comparison = yaml.choice<ComparisonPeriod>(
      node, "compare_with",
      {{"same_period_last_year", ComparisonPeriod::same_period_last_year},
       {"previous_financial_year_end", ComparisonPeriod::previous_financial_year_end}},
      defaults.comparison);
  const auto stable_band = parse_non_negative(yaml, node, "stable_band", defaults.stable_band);
  const auto districts =
      yaml.choice<bool>(node, "districts", {{"true", true}, {"false", false}}, true);
  const auto rag = parse_rag(yaml, node);
  const auto comparators = parse_comparators(yaml, node, formula);
  const auto footnotes = parse_footnotes(yaml, node);
  const auto decimals = parse_non_negative(yaml, node, "decimals", 0);
  const auto suppression = parse_suppression(yaml, node, "an indicator's 'suppression'", false);
  std::optional<Target> target;
  const bool target_read = parse_target(yaml, node, formula, target);
  auto counted = yaml.string_or(node, "counted", "");
  if (counted && !counted->empty() && formula && formula->traits().reported) {
    yaml.error(node["counted"], "counted-not-for-formula",
               "a reported value is not made of counts: its gap to a target is in its own units",
               "leave 'counted' out of this indicator");
    counted.reset();
  }
  const auto classification = yaml.string_or(node, "classification", "");
  if (lag && *lag != static_cast<int>(*lag)) {
    yaml.error(node["lag_quarters"], "not-an-integer", "'lag_quarters' is a whole number");
    return std::nullopt;
  }
  if (decimals && (*decimals != static_cast<int>(*decimals) || *decimals > 6)) {
    yaml.error(node["decimals"], "out-of-range", "'decimals' is a whole number from 0 to 6");
    return std::nullopt;
  }
  if (!id || !label || !narrative_name || !formula || !polarity || !basis || !lag || !comparison ||
      !stable_band || !decimals || !districts || !rag || !comparators || !footnotes ||
      !suppression || !target_read || !counted || !classification) {
    return std::nullopt;
  }
  Indicator indicator;
  indicator.id = *id;
  indicator.label = *label;
  indicator.narrative_name = *narrative_name;
  indicator.formula = *formula;
  indicator.polarity = *polarity;
  indicator.basis = *basis;
  indicator.lag_quarters = static_cast<int>(*lag);
  indicator.comparison = *comparison;
  indicator.stable_band = *stable_band;
  if (node["decimals"]) {
    indicator.decimals = static_cast<int>(*decimals);
  }
  indicator.district_breakdown = *districts;
  indicator.rag = *rag;
  indicator.comparators = *comparators;
  indicator.footnotes = *footnotes;
  if (node["suppression"]) {
    indicator.suppress_below = suppression->below;
  }
  indicator.target = target;
  indicator.counted = *counted;
  indicator.classification_measure = *classification;
  return indicator;
}

std::optional<Outcome> parse_outcome(core::YamlChecker& yaml, const YAML::Node& node,
                                     Basis default_basis) {
  if (!yaml.check_keys(node, "an outcome", {"name", "overall_rag", "indicators"})) {
    return std::nullopt;
  }
  Outcome outcome;
  const auto name = yaml.string(node, "name");
  const auto overall = yaml.choice<OverallRule>(
      node, "overall_rag", {{"worst", OverallRule::worst}, {"majority", OverallRule::majority}},
      OverallRule::worst);
  const auto indicators = yaml.sequence(node, "indicators");
  if (!name || !overall || !indicators) {
    return std::nullopt;
  }
  outcome.name = *name;
  outcome.overall = *overall;
  for (const auto& indicator_node : *indicators) {
    if (auto indicator = parse_indicator(yaml, indicator_node, default_basis)) {
      outcome.indicators.push_back(std::move(*indicator));
    }
  }
  return outcome;
}

// `averages: {regional: E12000004, national: E92000001}`: either or both.
std::vector<AverageArea> parse_averages(core::YamlChecker& yaml, const YAML::Node& root) {
  const YAML::Node node = root["averages"];
  std::vector<AverageArea> averages;
  if (!node || !yaml.check_keys(node, "'averages'", {"regional", "national"})) {
    return averages;
  }
  for (const auto kind : {AverageKind::regional, AverageKind::national}) {
    const auto code = yaml.string_or(node, average_kind_name(kind), "");
    if (code && !code->empty()) {
      averages.push_back({kind, *code});
    }
  }
  return averages;
}

// The scalars listed under `key`, each named `what` in messages.
std::vector<std::string> scalars(core::YamlChecker& yaml, const YAML::Node& map,
                                 std::string_view key, std::string_view what) {
  std::vector<std::string> read;
  if (const auto list = yaml.sequence(map, key, false)) {
    for (const auto& node : *list) {
      if (auto text = yaml.scalar(node, what)) {
        read.push_back(*text);
      }
    }
  }
  return read;
}

// `districts: [B, C, ...]`, one set, or `area_sets: [{name: BCUs, areas: [City, Counties]}]`.
std::vector<AreaSet> parse_area_sets(core::YamlChecker& yaml, const YAML::Node& root) {
  std::vector<AreaSet> sets;
  if (root["districts"] && root["area_sets"]) {
    yaml.error(root["area_sets"], "area-sets-twice",
               "'districts' and 'area_sets' both say which areas have columns",
               "list the districts as one of the 'area_sets'");
    return sets;
  }
  if (root["districts"]) {
    sets.push_back({"districts", scalars(yaml, root, "districts", "a district label")});
    return sets;
  }
  const auto list = yaml.sequence(root, "area_sets", false);
  if (!list) {
    return sets;
  }
  std::set<std::string> listed;  // an area has one column, shown and withheld once
  for (const auto& node : *list) {
    if (!yaml.check_keys(node, "an area set", {"name", "areas"})) {
      continue;
    }
    const auto name = yaml.string(node, "name");
    auto labels = scalars(yaml, node, "areas", "an area label");
    if (!name) {
      continue;
    }
    if (labels.empty()) {
      yaml.error(node, "area-set-empty", fmt::format("the area set '{}' lists no areas", *name),
                 "list its areas by their labels in areas.yaml: 'areas: [City, Counties]'");
    }
    for (const AreaSet& earlier : sets) {
      if (earlier.name == *name) {
        yaml.error(node["name"], "area-set-twice",
                   fmt::format("there is an area set named '{}' already", *name));
      }
    }
    for (std::size_t a = 0; a < labels.size(); ++a) {
      if (!listed.insert(labels[a]).second) {
        yaml.error(node["areas"][a], "area-listed-twice",
                   fmt::format("the area '{}' is in the area sets already", labels[a]),
                   "give each area one column, in one set");
      }
    }
    sets.push_back({*name, std::move(labels)});
  }
  return sets;
}

// A classification read from a return is one of the template's `classifications`, which the
// layout colours; an indicator that reads one needs that list.
void check_classifications(core::YamlChecker& yaml, const YAML::Node& root,
                           const Catalogue& catalogue) {
  if (!catalogue.classifications.empty()) {
    return;
  }
  for (std::size_t o = 0; o < catalogue.outcomes.size(); ++o) {
    const auto& indicators = catalogue.outcomes[o].indicators;
    for (std::size_t i = 0; i < indicators.size(); ++i) {
      if (!indicators[i].classification_measure.empty()) {
        yaml.error(root["outcomes"][o]["indicators"][i]["classification"],
                   "classifications-missing",
                   fmt::format("'{}' reads a classification, but the template lists no "
                               "'classifications' for it to be one of",
                               indicators[i].id),
                   "such as 'classifications: [High, Medium, Low]'");
        return;
      }
    }
  }
}

// A reported value is the latest a return gives: one the template derives is made only by
// adding up months, so an indicator that reports one would never have a figure.
void check_reported_measures(core::YamlChecker& yaml, const YAML::Node& root,
                             const Catalogue& catalogue) {
  for (std::size_t o = 0; o < catalogue.outcomes.size(); ++o) {
    const auto& indicators = catalogue.outcomes[o].indicators;
    for (std::size_t i = 0; i < indicators.size(); ++i) {
      const Formula& formula = indicators[i].formula;
      if (formula.traits().reported && catalogue.derivation_of(formula.measure) != nullptr) {
        yaml.error(root["outcomes"][o]["indicators"][i], "bad-derived-measure",
                   fmt::format("'{}' reports {} as a return gives it, but the template derives "
                               "it, by adding up months",
                               indicators[i].id, formula.measure),
                   "a derived measure is a count: read it with 'count', 'rate', 'percentage' "
                   "or 'ratio'");
      }
    }
  }
}

}  // namespace

std::optional<Catalogue> load_catalogue(core::FileSystem& file_system,
                                        const std::filesystem::path& directory,
                                        core::Diagnostics& diagnostics) {
  const std::filesystem::path path = directory / "dashboard.yaml";
  const auto text = core::read_configuration_file(file_system, path, "template",
                                                  "the dashboard template", diagnostics);
  if (!text) {
    return std::nullopt;
  }
  const std::size_t errors_before = core::count_errors(diagnostics);
  core::YamlChecker yaml(path.generic_string(), "template", diagnostics);
  const auto root = yaml.parse(*text);
  if (!root ||
      !yaml.check_keys(*root, "the dashboard template",
                       {"title", "headline_area", "basis", "districts", "area_sets", "averages",
                        "classifications", "outcomes", "measures", "validation", "suppression"})) {
    return std::nullopt;
  }
  Catalogue catalogue;
  catalogue.file = path.generic_string();
  catalogue.title = yaml.string(*root, "title").value_or("");
  catalogue.headline_area = yaml.string(*root, "headline_area").value_or("");
  // A dashboard's columns span months: 'latest' is for an indicator's own reported values.
  catalogue.basis = yaml.choice<Basis>(*root, "basis",
                                       {{"rolling_12_months", Basis::rolling_12_months},
                                        {"quarter", Basis::quarter},
                                        {"financial_year_to_date", Basis::financial_year_to_date}},
                                       Basis::rolling_12_months)
                        .value_or(Basis::rolling_12_months);
  catalogue.area_sets = parse_area_sets(yaml, *root);
  catalogue.classifications = scalars(yaml, *root, "classifications", "a classification");
  catalogue.averages = parse_averages(yaml, *root);
  if (const auto outcomes = yaml.sequence(*root, "outcomes")) {
    for (const auto& node : *outcomes) {
      if (auto outcome = parse_outcome(yaml, node, catalogue.basis)) {
        catalogue.outcomes.push_back(std::move(*outcome));
      }
    }
  }
  catalogue.derived_measures = parse_derived_measures(yaml, *root);
  if (core::count_errors(diagnostics) == errors_before) {
    check_reported_measures(yaml, *root, catalogue);  // its indexes are the file's
    check_classifications(yaml, *root, catalogue);
  }
  if (auto settings = parse_validation_settings(yaml, *root)) {
    catalogue.validation = *settings;
  }
  if (auto policy = parse_suppression(yaml, *root, "'suppression'", true)) {
    catalogue.suppression = *policy;
  }
  if (core::count_errors(diagnostics) > errors_before) {
    return std::nullopt;
  }
  return catalogue;
}

}  // namespace scdash::templates
