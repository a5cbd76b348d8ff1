// Comparators: the headline area among its most similar group and among comparable counties.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kpi/observation_index.hpp"
#include "scdash/core/area.hpp"
#include "scdash/kpi/model.hpp"
#include "scdash/template/catalogue.hpp"

namespace scdash::kpi {

// Ranks `area_code` among every area with a figure of `measure` for exactly `period`, except
// the average areas (a region's or England's row is an average, not a member): 1 is best for
// the polarity, and equal figures share the better position ("1, 2, 2, 4"). Fails with the
// reason when the area has no figure there or there is no polarity.
core::Expected<Rank, std::string> rank_among(const ObservationIndex& index,
                                             const std::string& measure,
                                             const std::string& area_code, core::Period period,
                                             templates::Polarity polarity,
                                             const std::vector<templates::AverageArea>& averages);

// The regional and national averages the indicator's comparator measures give (the most
// similar group's first, then the counties'), each the latest ending no later than `up_to`,
// converted to the indicator's rate base when the comparators declare theirs. Averages no
// return gives, or that are marked or rejected, are left out.
std::vector<Average> averages_for(const ObservationIndex& index,
                                  const templates::Indicator& indicator,
                                  const std::vector<templates::AverageArea>& averages,
                                  const core::AreaDirectory& areas, core::Month up_to);

// Top when the rank is in the best quarter of the group, Bottom in the worst, else Average.
CountyStanding standing_of(Rank rank);

}  // namespace scdash::kpi
