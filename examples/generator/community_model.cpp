#include "community_model.hpp"

#include <array>
#include <map>
#include <tuple>
#include <vector>

#include "apportion.hpp"
#include "areas.hpp"
#include "random.hpp"

namespace examples {
namespace {

struct AsbProfile {
  std::string_view name;
  double per_1000;  // incidents a year per 1,000 people in an average district
  double seasonal_amplitude;
  int peak_month;
  std::array<int, 2> county_year_totals;  // Leicestershire's, to Sep 2024 and Sep 2025
};

// Nuisance is most of ASB; all three peak in the summer holidays.
constexpr std::array<AsbProfile, kAsbCategories> kAsbProfiles = {{
    {"Personal", 2.1, 0.08, 7, {kPersonalYearToSep2024, kPersonalYearToSep2025}},
    {"Nuisance", 7.1, 0.15, 7, {kNuisanceYearToSep2024, kNuisanceYearToSep2025}},
    {"Environmental", 1.3, 0.10, 8, {kEnvironmentalYearToSep2024, kEnvironmentalYearToSep2025}},
}};

constexpr Month kFirstAsbMonth = Month::of(2023, 10);

double expected_asb(std::size_t district, Month month, AsbCategory category) {
  const District& where = districts()[district];
  const AsbProfile& p = kAsbProfiles[static_cast<std::size_t>(category)];
  const double noise = uniform_between(
      0.9, 1.1, Stream::asb,
      {index_key(district), month_key(month), index_key(static_cast<std::size_t>(category))});
  return where.population / 1000.0 * p.per_1000 * where.asb / 12.0 *
         seasonal(month, p.seasonal_amplitude, p.peak_month) * noise;
}

using AsbKey = std::tuple<std::size_t, Month, AsbCategory>;

// Each category's incidents: Leicestershire's districts' months add up to the year's total
// exactly; Rutland's follow the rate.
std::map<AsbKey, int> make_asb() {
  std::map<AsbKey, int> made;
  for (std::size_t c = 0; c < kAsbCategories; ++c) {
    const auto category = static_cast<AsbCategory>(c);
    const AsbProfile& p = kAsbProfiles[c];
    for (std::size_t year = 0; year < 2; ++year) {
      const Month first = kFirstAsbMonth + static_cast<int>(12 * year);
      std::vector<AsbKey> cells;
      std::vector<double> weights;
      for (std::size_t d = 0; d < districts().size(); ++d) {
        for (Month month = first; month <= first + 11; month = month + 1) {
          const double expected = expected_asb(d, month, category);
          if (districts()[d].in_county) {
            cells.emplace_back(d, month, category);
            weights.push_back(expected);
          } else {
            made[{d, month, category}] = whole(expected);
          }
        }
      }
      const std::vector<int> shares = apportion(p.county_year_totals[year], weights, 1);
      for (std::size_t i = 0; i < cells.size(); ++i) {
        made[cells[i]] = shares[i];
      }
    }
  }
  return made;
}

}  // namespace

std::string_view category_name(AsbCategory category) {
  return kAsbProfiles[static_cast<std::size_t>(category)].name;
}

int asb_incidents(std::size_t district, Month month, AsbCategory category) {
  static const auto kMade = make_asb();
  return kMade.at({district, month, category});
}

int racially_aggravated_crimes(std::size_t district, Month month) {
  const District& where = districts()[district];
  constexpr double kPer10000 = 8.0;  // a year
  const double noise = uniform_between(0.8, 1.2, Stream::racially_aggravated,
                                       {index_key(district), month_key(month)});
  return whole(where.population / 10000.0 * kPer10000 * where.hate / 12.0 *
               seasonal(month, 0.10, 7) * noise);
}

}  // namespace examples
