#include "kpi/observation_index.hpp"

#include <fmt/format.h>

namespace scdash::kpi {
namespace {

std::string area_name(const core::AreaDirectory& areas, std::string_view code) {
  const core::Area* area = areas.find_code(code);
  return area ? area->name : std::string(code);
}

}  // namespace

ObservationIndex::ObservationIndex(const std::vector<core::Observation>& observations,
                                   const core::AreaDirectory& areas)
    : areas_(areas) {
  for (const auto& observation : observations) {
    if (observation.period.months() == 1) {
      by_month_[{observation.measure, observation.area_code, observation.period.first}].push_back(
          &observation);
    }
  }
}

bool ObservationIndex::has_own_figures(std::string_view measure, std::string_view area_code) const {
  const auto first =
      by_month_.lower_bound({std::string(measure), std::string(area_code), core::Month()});
  return first != by_month_.end() && std::get<0>(first->first) == measure &&
         std::get<1>(first->first) == area_code;
}

WindowSum ObservationIndex::sum(std::string_view measure, std::string_view area_code,
                                core::Period period) const {
  if (has_own_figures(measure, area_code)) {
    return sum_own(measure, area_code, period);
  }
  const auto parts = areas_.children(area_code);
  if (parts.empty()) {
    return {std::nullopt,
            fmt::format("no return gives {} for {}", measure, area_name(areas_, area_code)),
            {}};
  }
  WindowSum whole{0.0, {}, {}};
  for (const core::Area* part : parts) {
    WindowSum piece = sum_own(measure, part->code, period);
    if (!piece.total) {
      return {std::nullopt, std::move(piece.reason), {}};
    }
    *whole.total += *piece.total;
    whole.sources.insert(whole.sources.end(), piece.sources.begin(), piece.sources.end());
  }
  return whole;
}

WindowSum ObservationIndex::sum_own(std::string_view measure, std::string_view area_code,
                                    core::Period period) const {
  WindowSum result{0.0, {}, {}};
  for (core::Month month = period.first; month <= period.last; month = month + 1) {
    const auto found = by_month_.find({std::string(measure), std::string(area_code), month});
    if (found == by_month_.end()) {
      return {std::nullopt,
              fmt::format("no figure for {} in {} (needed for the {})",
                          area_name(areas_, area_code), month.short_label(), period.label()),
              {}};
    }
    const auto& candidates = found->second;
    for (const core::Observation* other : candidates) {
      if (other->value != candidates.front()->value) {
        return {std::nullopt,
                fmt::format("two different figures for {} in {}: {} at {} and {} at {}",
                            area_name(areas_, area_code), month.short_label(),
                            candidates.front()->value,
                            candidates.front()->source.location().to_string(), other->value,
                            other->source.location().to_string()),
                {}};
      }
    }
    *result.total += candidates.front()->value;
    result.sources.push_back(candidates.front()->source);
  }
  return result;
}

}  // namespace scdash::kpi
