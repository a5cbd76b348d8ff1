#include "validate/rule_context.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace scdash::validate {
namespace {

void add_once(std::vector<std::string>& codes, const std::string& code) {
  if (!code.empty() && std::find(codes.begin(), codes.end(), code) == codes.end()) {
    codes.push_back(code);
  }
}

}  // namespace

RuleContext::RuleContext(const ValidationInputs& inputs, Validation& out)
    : inputs_(inputs), out_(out), rejected_(inputs.observations.size(), false) {
  const std::string& headline = inputs.catalogue.headline_area;
  add_once(dashboard_areas_, headline);
  for (const core::Area* part : inputs.areas.children(headline)) {
    add_once(dashboard_areas_, part->code);
    add_once(district_areas_, part->code);
  }
  // Labels that name no area are reported when the dashboard is computed.
  for (const templates::AreaSet& set : inputs.catalogue.area_sets) {
    for (const auto& label : set.labels) {
      if (const core::Area* found = inputs.areas.find_label(label)) {
        add_once(dashboard_areas_, found->code);
        add_once(district_areas_, found->code);
      }
    }
  }
  for (std::size_t i = 0; i < inputs.observations.size(); ++i) {
    const core::Observation& observation = inputs.observations[i];
    series_[{observation.measure, observation.area_code}].push_back(i);
    given_.insert(observation.measure);
  }
}

bool RuleContext::supplied(const std::string& measure) const {
  if (given_.contains(measure)) {
    return true;
  }
  const templates::DerivedMeasure* derived = inputs_.catalogue.derivation_of(measure);
  return derived != nullptr && std::all_of(derived->parts.begin(), derived->parts.end(),
                                           [&](const std::string& part) { return supplied(part); });
}

std::vector<std::string> RuleContext::measures_behind(const templates::Indicator& indicator) const {
  std::vector<std::string> measures = indicator.formula.measures();
  std::vector<std::string> behind;
  // A derivation's parts are appended, to be looked at in turn (the template has no cycles).
  for (std::size_t i = 0; i < measures.size(); ++i) {
    const templates::DerivedMeasure* derived = inputs_.catalogue.derivation_of(measures[i]);
    if (derived != nullptr && !given_.contains(measures[i])) {
      measures.insert(measures.end(), derived->parts.begin(), derived->parts.end());
    } else {
      add_once(behind, measures[i]);
    }
  }
  return behind;
}

bool RuleContext::usable(std::size_t index) const {
  return !rejected_[index] && inputs_.observations[index].usable();
}

void RuleContext::reject(std::size_t index, std::string reason) {
  if (!rejected_[index]) {
    rejected_[index] = true;
    out_.rejections.push_back({index, std::move(reason)});
  }
}

core::Diagnostic RuleContext::about(const core::Observation& observation, core::Severity severity,
                                    std::string code, std::string message, std::string hint) const {
  const core::SourceRef& source = observation.source;
  if (!source.mapping_file.empty()) {
    message += fmt::format(" (read by {}:{})", source.mapping_file, source.mapping_line);
  }
  return {severity, std::move(code), std::move(message), source.location(), std::move(hint)};
}

std::string RuleContext::area_name(std::string_view code) const {
  const core::Area* area = inputs_.areas.find_code(code);
  return area ? area->name : std::string(code);
}

std::string RuleContext::describe(const core::Observation& observation) const {
  return fmt::format("{} for {} in {}", observation.measure, area_name(observation.area_code),
                     observation.period.label());
}

const std::vector<std::size_t>& RuleContext::series(const std::string& measure,
                                                    const std::string& area_code) const {
  static const std::vector<std::size_t> kNone;
  const auto found = series_.find({measure, area_code});
  return found == series_.end() ? kNone : found->second;
}

std::set<std::string> counted_measures(const templates::Catalogue& catalogue) {
  std::set<std::string> measures;
  for (const templates::Indicator* indicator : all_indicators(catalogue)) {
    if (indicator->formula.traits().counts) {
      for (const auto& measure : catalogue.with_parts(indicator->formula.measures())) {
        measures.insert(measure);
      }
    }
  }
  return measures;
}

std::set<std::string> percentage_measures(const templates::Catalogue& catalogue) {
  std::set<std::string> measures;
  for (const templates::Indicator* indicator : all_indicators(catalogue)) {
    if (!indicator->formula.is_percentage()) {
      continue;
    }
    if (indicator->formula.traits().reported) {
      measures.insert(indicator->formula.measure);
    }
    const auto* benchmark = std::get_if<templates::BenchmarkRule>(&indicator->rag);
    for (const auto& other :
         {benchmark ? benchmark->measure : std::string(), indicator->comparators.most_similar_group,
          indicator->comparators.counties}) {
      if (!other.empty()) {
        measures.insert(other);
      }
    }
  }
  return measures;
}

std::vector<const templates::Indicator*> all_indicators(const templates::Catalogue& catalogue) {
  std::vector<const templates::Indicator*> indicators;
  for (const auto& outcome : catalogue.outcomes) {
    for (const auto& indicator : outcome.indicators) {
      indicators.push_back(&indicator);
    }
  }
  return indicators;
}

std::string describe_months(const std::vector<core::Month>& months) {
  std::vector<std::string> runs;
  for (std::size_t i = 0; i < months.size();) {
    std::size_t end = i;
    while (end + 1 < months.size() && months[end + 1] == months[end] + 1) {
      ++end;
    }
    runs.push_back(end == i ? months[i].short_label()
                            : core::Period{months[i], months[end]}.label());
    i = end + 1;
  }
  return fmt::format("{}", fmt::join(runs, ", "));
}

std::string join_names(const std::vector<std::string>& names) {
  if (names.size() <= 1) {
    return names.empty() ? std::string() : names.front();
  }
  return fmt::format("{} and {}", fmt::join(names.begin(), names.end() - 1, ", "), names.back());
}

}  // namespace scdash::validate
