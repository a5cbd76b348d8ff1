#include "kpi/comparators.hpp"

#include <fmt/format.h>

namespace scdash::kpi {

core::Expected<Rank, std::string> rank_among(const ObservationIndex& index,
                                             const std::string& measure,
                                             const std::string& area_code, core::Period period,
                                             Polarity polarity) {
  if (polarity == Polarity::none) {
    return core::unexpected<std::string>("an indicator with no polarity has no best, so no rank");
  }
  const auto figures = index.across_areas(measure, period);
  const auto own = figures.find(area_code);
  if (own == figures.end()) {
    return core::unexpected(fmt::format("no comparator return gives {} for this area for the {}",
                                        measure, period.label()));
  }
  const double value = own->second->value;
  int better = 0;
  for (const auto& [code, observation] : figures) {
    const bool is_better = polarity == Polarity::lower_is_better ? observation->value < value
                                                                 : observation->value > value;
    better += is_better ? 1 : 0;
  }
  return Rank{better + 1, static_cast<int>(figures.size())};
}

CountyStanding standing_of(Rank rank) {
  const double position = static_cast<double>(rank.position - 1) / rank.of;
  if (position < 0.25) {
    return CountyStanding::top;
  }
  return position >= 0.75 ? CountyStanding::bottom : CountyStanding::average;
}

}  // namespace scdash::kpi
