#include "kpi/observation_index.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace scdash::kpi {

void merge_derivations(std::vector<std::string>& into, std::vector<std::string> from) {
  for (auto& derivation : from) {
    if (std::find(into.begin(), into.end(), derivation) == into.end()) {
      into.push_back(std::move(derivation));
    }
  }
}

ObservationIndex::ObservationIndex(const std::vector<core::Observation>& observations,
                                   const core::AreaDirectory& areas,
                                   const std::vector<templates::DerivedMeasure>& derived)
    : areas_(areas), derived_(derived) {
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
  const bool districts_given = std::any_of(parts.begin(), parts.end(), [&](const core::Area* part) {
    return series(measure, part->code) != nullptr;
  });
  if (districts_given) {
    return sum_districts(measure, area_code, window);
  }
  if (const templates::DerivedMeasure* derived = templates::find_derivation(derived_, measure)) {
    return sum_derived(*derived, area_code, window);
  }
  return {std::nullopt,
          parts.empty() ? fmt::format("no return gives {} for {}", measure, area_name(area_code))
                        : fmt::format("no return gives {} for {} or its districts", measure,
                                      area_name(area_code)),
          {}};
}

WindowSum ObservationIndex::sum_districts(std::string_view measure, std::string_view area_code,
                                          core::Period window) const {
  WindowSum whole{0.0, {}, {}};
  for (const core::Area* part : areas_.children(area_code)) {
    if (series(measure, part->code) == nullptr &&
        templates::find_derivation(derived_, measure) == nullptr) {
      return {std::nullopt,
              fmt::format("no return gives {} for {}, part of {}", measure, part->name,
                          area_name(area_code)),
              {}};
    }
    // A district the return leaves out may still have the measure derived from its parts.
    WindowSum piece = sum(measure, part->code, window);
    if (!piece.total) {
      return {std::nullopt, std::move(piece.reason), {}};
    }
    *whole.total += *piece.total;
    whole.sources.insert(whole.sources.end(), piece.sources.begin(), piece.sources.end());
    merge_derivations(whole.derivations, std::move(piece.derivations));
  }
  return whole;
}

WindowSum ObservationIndex::sum_derived(const templates::DerivedMeasure& derived,
                                        std::string_view area_code, core::Period window) const {
  WindowSum whole{0.0, {}, {}, {derived.formula()}};
  for (std::size_t i = 0; i < derived.parts.size(); ++i) {
    WindowSum piece = sum(derived.parts[i], area_code, window);
    if (!piece.total) {
      return {std::nullopt, fmt::format("{}, and {}", derived.formula(), piece.reason), {}};
    }
    const bool taken =
        derived.operation == templates::DerivedMeasure::Operation::difference && i > 0;
    *whole.total += taken ? -*piece.total : *piece.total;
    whole.sources.insert(whole.sources.end(), piece.sources.begin(), piece.sources.end());
    merge_derivations(whole.derivations, std::move(piece.derivations));
  }
  if (*whole.total < 0) {
    // Counts are never negative: a part larger than the whole is a mistake in a return.
    return {std::nullopt,
            fmt::format("{} comes to {} for {} in the {}: a part is larger than the whole",
                        derived.formula(), *whole.total, area_name(area_code), window.label()),
            {}};
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
