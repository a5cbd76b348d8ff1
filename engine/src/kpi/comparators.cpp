#include "kpi/comparators.hpp"

#include <fmt/format.h>

namespace scdash::kpi {

core::Expected<Rank, std::string> rank_among(const ObservationIndex& index,
                                             const std::string& measure,
                                             const std::string& area_code, core::Period period,
                                             templates::Polarity polarity,
                                             const std::vector<templates::AverageArea>& averages) {
  if (polarity == templates::Polarity::none) {
    return core::unexpected<std::string>("an indicator with no polarity has no best, so no rank");
  }
  auto figures = index.across_areas(measure, period);
  for (const templates::AverageArea& average : averages) {
    figures.erase(average.area_code);
  }
  const auto own = figures.find(area_code);
  if (own == figures.end()) {
    return core::unexpected(fmt::format("no comparator return gives {} for this area for the {}",
                                        measure, period.label()));
  }
  const double value = own->second->value;
  int better = 0;
  for (const auto& [code, observation] : figures) {
    const bool is_better = polarity == templates::Polarity::lower_is_better
                               ? observation->value < value
                               : observation->value > value;
    better += is_better ? 1 : 0;
  }
  return Rank{better + 1, static_cast<int>(figures.size())};
}

std::vector<Average> averages_for(const ObservationIndex& index,
                                  const templates::Indicator& indicator,
                                  const std::vector<templates::AverageArea>& averages,
                                  const core::AreaDirectory& areas, core::Month up_to) {
  const templates::Comparators& comparators = indicator.comparators;
  // iQuanta's 57.79 per 1,000 is 577.9 per 10,000.
  const double scale =
      comparators.per && indicator.formula.traits().divisor == templates::Divisor::population
          ? indicator.formula.rate_per / *comparators.per
          : 1.0;
  std::vector<Average> found;
  for (const templates::AverageArea& average : averages) {
    for (const std::string* measure : {&comparators.most_similar_group, &comparators.counties}) {
      if (measure->empty()) {
        continue;
      }
      const core::Observation* given = index.latest(*measure, average.area_code, up_to);
      if (given == nullptr || !given->usable() || given->text) {
        continue;
      }
      const core::Area* area = areas.find_code(average.area_code);
      Average result;
      result.kind = average.kind;
      result.area_code = average.area_code;
      result.area_name = area ? area->name : average.area_code;
      result.value = given->value * scale;
      result.period = given->period;
      result.source = given->source;
      found.push_back(std::move(result));
      break;
    }
  }
  return found;
}

CountyStanding standing_of(Rank rank) {
  const double position = static_cast<double>(rank.position - 1) / rank.of;
  if (position < 0.25) {
    return CountyStanding::top;
  }
  return position >= 0.75 ? CountyStanding::bottom : CountyStanding::average;
}

}  // namespace scdash::kpi
