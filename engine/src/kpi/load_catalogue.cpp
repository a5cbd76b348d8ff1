#include <fmt/format.h>

#include "core/yaml_checker.hpp"
#include "scdash/kpi/catalogue.hpp"

namespace scdash::kpi {
namespace {

std::optional<Polarity> parse_polarity(core::YamlChecker& yaml, const YAML::Node& node) {
  const auto text = yaml.string(node, "polarity");
  if (!text) {
    return std::nullopt;
  }
  if (*text == "higher") {
    return Polarity::higher_is_better;
  }
  if (*text == "lower") {
    return Polarity::lower_is_better;
  }
  if (*text == "none") {
    return Polarity::none;
  }
  yaml.error(node["polarity"], "unknown-polarity", fmt::format("unknown polarity '{}'", *text),
             "polarity is one of: higher (higher is better), lower (lower is better), none");
  return std::nullopt;
}

std::optional<core::Denominator> parse_denominator(core::YamlChecker& yaml,
                                                   const YAML::Node& node) {
  constexpr std::pair<std::string_view, core::Denominator> kDenominators[] = {
      {"population", core::Denominator::persons},
      {"households", core::Denominator::households},
      {"adult_females", core::Denominator::adult_females}};
  const auto text = yaml.string_or(node, "per", "population");
  if (!text) {
    return std::nullopt;
  }
  for (const auto& [key, denominator] : kDenominators) {
    if (*text == key) {
      return denominator;
    }
  }
  yaml.error(node["per"], "unknown-denominator", fmt::format("unknown denominator '{}'", *text),
             "'per' is one of: population, households, adult_females");
  return std::nullopt;
}

std::optional<double> parse_stable_band(core::YamlChecker& yaml, const YAML::Node& node) {
  if (!node["stable_band"]) {
    return Indicator{}.stable_band_percent;
  }
  const auto band = yaml.number(node, "stable_band");
  if (band && *band < 0) {
    yaml.error(node["stable_band"], "out-of-range", "'stable_band' cannot be negative");
    return std::nullopt;
  }
  return band;
}

std::optional<bool> parse_district_breakdown(core::YamlChecker& yaml, const YAML::Node& node) {
  const auto text = yaml.string_or(node, "districts", "true");
  if (text && (*text == "true" || *text == "false")) {
    return *text == "true";
  }
  if (text) {
    yaml.error(node["districts"], "wrong-type", "'districts' is true or false");
  }
  return std::nullopt;
}

// Every part is checked before giving up, so that one run reports all of an indicator's mistakes.
std::optional<Indicator> parse_indicator(core::YamlChecker& yaml, const YAML::Node& node) {
  if (!yaml.check_keys(
          node, "an indicator",
          {"id", "label", "measure", "rate_per", "per", "polarity", "stable_band", "districts"})) {
    return std::nullopt;
  }
  const auto id = yaml.string(node, "id");
  const auto label = yaml.string(node, "label");
  const auto measure = yaml.string(node, "measure");
  const auto rate_per = yaml.number(node, "rate_per");
  const auto polarity = parse_polarity(yaml, node);
  const auto denominator = parse_denominator(yaml, node);
  const auto stable_band = parse_stable_band(yaml, node);
  const auto district_breakdown = parse_district_breakdown(yaml, node);
  if (!id || !label || !measure || !rate_per || !polarity || !denominator || !stable_band ||
      !district_breakdown) {
    return std::nullopt;
  }
  return Indicator{*id,          *label,    *measure,     *rate_per,
                   *denominator, *polarity, *stable_band, *district_breakdown};
}

}  // namespace

std::optional<Catalogue> load_catalogue(core::FileSystem& file_system,
                                        const std::filesystem::path& directory,
                                        core::Diagnostics& diagnostics) {
  const std::filesystem::path path = directory / "dashboard.yaml";
  const auto text = core::read_whole_file(file_system, path);
  if (!text) {
    diagnostics.push_back(core::Diagnostic::error(
        "template-unreadable", fmt::format("cannot read the dashboard template: {}", text.error()),
        core::Location::in_file(path.generic_string())));
    return std::nullopt;
  }
  const std::size_t errors_before = core::count_errors(diagnostics);
  core::YamlChecker yaml(path.generic_string(), "template", diagnostics);
  const auto root = yaml.parse(*text);
  if (!root || !yaml.check_keys(*root, "the dashboard template",
                                {"title", "headline_area", "districts", "outcomes"})) {
    return std::nullopt;
  }
  Catalogue catalogue;
  catalogue.file = path.generic_string();
  catalogue.title = yaml.string(*root, "title").value_or("");
  catalogue.headline_area = yaml.string(*root, "headline_area").value_or("");
  if (const auto districts = yaml.sequence(*root, "districts", false)) {
    for (const auto& node : *districts) {
      if (auto label = yaml.scalar(node, "a district label")) {
        catalogue.district_labels.push_back(*label);
      }
    }
  }
  if (const auto outcomes = yaml.sequence(*root, "outcomes")) {
    for (const auto& node : *outcomes) {
      if (!yaml.check_keys(node, "an outcome", {"name", "indicators"})) {
        continue;
      }
      Outcome outcome;
      outcome.name = yaml.string(node, "name").value_or("");
      if (const auto indicators = yaml.sequence(node, "indicators")) {
        for (const auto& indicator_node : *indicators) {
          if (auto indicator = parse_indicator(yaml, indicator_node)) {
            outcome.indicators.push_back(std::move(*indicator));
          }
        }
      }
      catalogue.outcomes.push_back(std::move(outcome));
    }
  }
  if (core::count_errors(diagnostics) > errors_before) {
    return std::nullopt;
  }
  return catalogue;
}

}  // namespace scdash::kpi
