// Comparators: the headline area among its most similar group and among comparable counties.
#pragma once

#include <optional>
#include <string>

#include "kpi/observation_index.hpp"
#include "scdash/kpi/catalogue.hpp"
#include "scdash/kpi/model.hpp"

namespace scdash::kpi {

// Ranks `area_code` among every area with a figure of `measure` for exactly `period`:
// 1 is best for the polarity, and equal figures share the better position ("1, 2, 2, 4").
// Fails with the reason when the area has no figure there or there is no polarity.
core::Expected<Rank, std::string> rank_among(const ObservationIndex& index,
                                             const std::string& measure,
                                             const std::string& area_code, core::Period period,
                                             Polarity polarity);

// Top when the rank is in the best quarter of the group, Bottom in the worst, else Average.
CountyStanding standing_of(Rank rank);

}  // namespace scdash::kpi
