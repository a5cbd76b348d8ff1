#include "kpi/observation_index.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace scdash::kpi {

ObservationIndex::ObservationIndex(const std::vector<core::Observation>& observations,
                                   const core::AreaDirectory& areas)
    : areas_(areas) {
  for (const auto& observation : observations) {
    by_measure_and_area_[{observation.measure, observation.area_code}].push_back(&observation);
  }
  for (auto& [key, series] : by_measure_and_area_) {
    std::stable_sort(series.begin(), series.end(),
                     [](const auto* a, const auto* b) { return a->period < b->period; });
  }
}

std::string ObservationIndex::area_name(std::string_view code) const {
  const core::Area* area = areas_.find_code(code);
  return area ? area->name : std::string(code);
}

const ObservationIndex::Series* ObservationIndex::series(std::string_view measure,
                                                         std::string_view area_code) const {
  const auto found =
      by_measure_and_area_.find(std::pair{std::string(measure), std::string(area_code)});
  return found == by_measure_and_area_.end() ? nullptr : &found->second;
}

WindowSum ObservationIndex::sum(std::string_view measure, std::string_view area_code,
                                core::Period window) const {
  if (const Series* own = series(measure, area_code)) {
    return sum_own(*own, area_code, window);
  }
  const auto parts = areas_.children(area_code);
  if (parts.empty()) {
    return {
        std::nullopt, fmt::format("no return gives {} for {}", measure, area_name(area_code)), {}};
  }
  if (std::none_of(parts.begin(), parts.end(), [&](const core::Area* part) {
        return series(measure, part->code) != nullptr;
      })) {
    return {
        std::nullopt,
        fmt::format("no return gives {} for {} or its districts", measure, area_name(area_code)),
        {}};
  }
  WindowSum whole{0.0, {}, {}};
  for (const core::Area* part : parts) {
    const Series* part_series = series(measure, part->code);
    if (part_series == nullptr) {
      return {std::nullopt,
              fmt::format("no return gives {} for {}, part of {}", measure, part->name,
                          area_name(area_code)),
              {}};
    }
    WindowSum piece = sum_own(*part_series, part->code, window);
    if (!piece.total) {
      return {std::nullopt, std::move(piece.reason), {}};
    }
    *whole.total += *piece.total;
    whole.sources.insert(whole.sources.end(), piece.sources.begin(), piece.sources.end());
  }
  return whole;
}

WindowSum ObservationIndex::sum_own(const Series& series, std::string_view area_code,
                                    core::Period window) const {
  WindowSum result{0.0, {}, {}};
  for (core::Month month = window.first; month <= window.last;) {
    // The figures starting this month that fit in the window, the finest first.
    const core::Observation* chosen = nullptr;
    for (const core::Observation* candidate : series) {
      if (candidate->period.first != month || candidate->period.last > window.last) {
        continue;
      }
      if (chosen == nullptr || candidate->period.last < chosen->period.last) {
        chosen = candidate;
      } else if (candidate->period == chosen->period && candidate->usable() && chosen->usable() &&
                 candidate->value != chosen->value) {
        return {std::nullopt,
                fmt::format("two different figures for {} in {}: {} at {} and {} at {}",
                            area_name(area_code), chosen->period.label(), chosen->value,
                            chosen->source.location().to_string(), candidate->value,
                            candidate->source.location().to_string()),
                {}};
      }
    }
    if (chosen == nullptr) {
      return {std::nullopt,
              fmt::format("no figure for {} in {} (needed for the {})", area_name(area_code),
                          month.short_label(), window.label()),
              {}};
    }
    if (!chosen->usable()) {
      // A figure the return marks as suppressed, or that an error rejects, is never a number.
      return {std::nullopt, unusable_reason(*chosen), {}};
    }
    *result.total += chosen->value;
    result.sources.push_back(chosen->source);
    month = chosen->period.last + 1;
  }
  return result;
}

const core::Observation* ObservationIndex::latest(std::string_view measure,
                                                  std::string_view area_code,
                                                  core::Month up_to) const {
  const Series* own = series(measure, area_code);
  if (own == nullptr) {
    return nullptr;
  }
  const core::Observation* found = nullptr;
  for (const core::Observation* observation : *own) {
    if (observation->period.last <= up_to &&
        (found == nullptr || observation->period.last >= found->period.last)) {
      found = observation;
    }
  }
  return found;
}

std::string ObservationIndex::unusable_reason(const core::Observation& observation) const {
  if (observation.rejected_because) {
    return fmt::format("{} for {} in {} at {} is rejected: {}", observation.measure,
                       area_name(observation.area_code), observation.period.label(),
                       observation.source.location().to_string(), *observation.rejected_because);
  }
  return fmt::format("{} for {} in {} is marked not available in the return ({}) at {}",
                     observation.measure, area_name(observation.area_code),
                     observation.period.label(), observation.unavailable_reason.value_or(""),
                     observation.source.location().to_string());
}

std::map<std::string, const core::Observation*> ObservationIndex::across_areas(
    std::string_view measure, core::Period period) const {
  std::map<std::string, const core::Observation*> by_area;
  std::vector<std::string> contradicted;
  for (const auto& [key, series] : by_measure_and_area_) {
    if (key.first != measure) {
      continue;
    }
    for (const core::Observation* observation : series) {
      if (observation->period != period || !observation->usable()) {
        continue;
      }
      const auto [it, inserted] = by_area.emplace(key.second, observation);
      if (!inserted && it->second->value != observation->value) {
        contradicted.push_back(key.second);
      }
    }
  }
  for (const auto& code : contradicted) {
    by_area.erase(code);
  }
  return by_area;
}

}  // namespace scdash::kpi
