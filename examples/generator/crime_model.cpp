#include "crime_model.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <stdexcept>
#include <utility>

#include "apportion.hpp"
#include "areas.hpp"
#include "random.hpp"

namespace examples {
namespace {

// Leicestershire's rates, chosen to match the November 2025 report's picture: total crime
// near 57 per 1,000 a year and falling, violence with injury 4-5 per 1,000 and falling,
// burglary and vehicle offences flat, violence and public order peaking in summer, burglary
// in the dark winter months.
constexpr std::array<CrimeGroupProfile, kCrimeGroups> kProfiles = {{
    {"Violence with injury", 4.7, 0.12, 7, -0.05, 0.34, true},
    {"Violence without injury", 9.0, 0.08, 7, -0.04, 0.30, true},
    {"Stalking and harassment", 7.4, 0.04, 6, -0.04, 0.38, true},
    {"Sexual offences", 2.45, 0.06, 6, 0.0, 0.15, false},
    {"Robbery", 0.5, 0.05, 12, 0.0, 0.0, false},
    {"Burglary residential", 2.6, 0.12, 12, 0.0, 0.0, false},
    {"Burglary business and community", 1.1, 0.08, 12, 0.0, 0.0, false},
    {"Vehicle offences", 8.0, 0.07, 11, 0.0, 0.0, false},
    {"Theft from the person", 0.6, 0.10, 12, 0.0, 0.0, false},
    {"Bicycle theft", 0.9, 0.25, 7, -0.02, 0.0, false},
    {"Shoplifting", 5.5, 0.05, 12, 0.01, 0.0, false},
    {"All other theft offences", 4.5, 0.05, 8, -0.04, 0.02, false},
    {"Criminal damage and arson", 6.0, 0.08, 6, -0.04, 0.09, true},
    {"Drug offences", 1.6, 0.05, 5, -0.03, 0.0, false},
    {"Possession of weapons offences", 0.6, 0.05, 7, 0.0, 0.0, false},
    {"Public order offences", 4.0, 0.12, 7, -0.04, 0.05, true},
    {"Miscellaneous crimes against society", 1.1, 0.0, 1, 0.0, 0.03, false},
}};

// Trends are measured from April 2024, where every group is at its profile's rate.
constexpr Month kTrendBase = Month::of(2024, 4);
constexpr double kAverageMonthDays = 365.25 / 12;

// Where one district departs from its overall crime level for one group.
double local_factor(std::size_t district, CrimeGroup group) {
  const std::string_view name = districts()[district].name;
  if (group == CrimeGroup::bicycle_theft && name == "Charnwood") {
    return 1.6;  // Loughborough's students
  }
  if (group == CrimeGroup::vehicle_offences && name == "North West Leicestershire") {
    return 1.25;  // the M1 corridor and the airport's car parks
  }
  if (group == CrimeGroup::burglary_business && name == "Melton") {
    return 1.3;  // farm buildings
  }
  return 1.0;
}

double expected_crimes(std::size_t district, Month month, CrimeGroup group) {
  const District& where = districts()[district];
  const CrimeGroupProfile& p = profile(group);
  const double years = (month - kTrendBase) / 12.0;
  return where.population / 1000.0 * p.per_1000 * where.crime * local_factor(district, group) /
         12.0 * seasonal(month, p.seasonal_amplitude, p.peak_month) *
         (1.0 + p.yearly_change * years) * days_in(month) / kAverageMonthDays;
}

// The record extracts' months: the 12 months to September 2024, then to September 2025.
constexpr Month kFirstRecordMonth = Month::of(2023, 10);

std::size_t hate_eligible_total(std::size_t district, Month month) {
  std::size_t total = 0;
  for (std::size_t g = 0; g < kCrimeGroups; ++g) {
    const auto group = static_cast<CrimeGroup>(g);
    if (profile(group).hate_eligible) {
      total += static_cast<std::size_t>(first_reported_crimes(district, month, group));
    }
  }
  return total;
}

double hate_weight(std::size_t district, Month month) {
  return districts()[district].population * districts()[district].hate * seasonal(month, 0.10, 7) *
         uniform_between(0.85, 1.15, Stream::hate, {index_key(district), month_key(month)});
}

// Leicestershire's hate crimes, spread over its districts and months so that each year adds
// up to the report's figure; Rutland's follow its rate.
std::map<std::pair<std::size_t, Month>, int> make_hate_crimes() {
  std::map<std::pair<std::size_t, Month>, int> made;
  const std::array<int, 2> year_totals = {kHateCrimesYearToSep2024, kHateCrimesYearToSep2025};
  for (std::size_t year = 0; year < year_totals.size(); ++year) {
    const Month first = kFirstRecordMonth + static_cast<int>(12 * year);
    std::vector<std::pair<std::size_t, Month>> cells;
    std::vector<double> weights;
    for (std::size_t d = 0; d < districts().size(); ++d) {
      for (Month month = first; month <= first + 11; month = month + 1) {
        if (districts()[d].in_county) {
          cells.emplace_back(d, month);
          weights.push_back(hate_weight(d, month));
        } else {
          made[{d, month}] = std::max(1, whole(hate_weight(d, month) * 1.42 / 1000 / 12));
        }
      }
    }
    const std::vector<int> shares = apportion(year_totals[year], weights, 1);
    for (std::size_t i = 0; i < cells.size(); ++i) {
      made[cells[i]] = shares[i];
    }
  }
  for (const auto& [cell, count] : made) {
    if (static_cast<std::size_t>(count) > hate_eligible_total(cell.first, cell.second)) {
      throw std::logic_error("more hate crimes than crimes they can be recorded in");
    }
  }
  return made;
}

// The change revisions made by `as_of` bring to the first reported count.
int revised_by(std::size_t district, Month month, CrimeGroup group, FinancialQuarter as_of) {
  const Revision& revision = the_revision();
  const bool applies = as_of >= revision.from && district == revision.district &&
                       month == revision.month && group == revision.group;
  return applies ? revision.change : 0;
}

}  // namespace

const CrimeGroupProfile& profile(CrimeGroup group) {
  return kProfiles[static_cast<std::size_t>(group)];
}

const Revision& the_revision() {
  // Charnwood's May 2025 criminal damage, first reported in the 2025/26 Q1 return: four
  // crimes were cancelled after review, so the Q2 return shows four fewer.
  static const Revision kRevision{FinancialQuarter{2025, 2}, 1, Month::of(2025, 5),
                                  CrimeGroup::criminal_damage, -4};
  return kRevision;
}

int first_reported_crimes(std::size_t district, Month month, CrimeGroup group) {
  const double noise = uniform_between(
      0.92, 1.08, Stream::crime,
      {index_key(district), month_key(month), index_key(static_cast<std::size_t>(group))});
  return whole(expected_crimes(district, month, group) * noise);
}

int crimes_in(std::size_t district, Month month, const std::vector<CrimeGroup>& groups,
              FinancialQuarter as_of) {
  int total = 0;
  for (std::size_t g = 0; g < kCrimeGroups; ++g) {
    const auto group = static_cast<CrimeGroup>(g);
    if (groups.empty() || std::find(groups.begin(), groups.end(), group) != groups.end()) {
      total +=
          first_reported_crimes(district, month, group) + revised_by(district, month, group, as_of);
    }
  }
  return total;
}

int hate_crimes(std::size_t district, Month month) {
  static const auto kMade = make_hate_crimes();
  return kMade.at({district, month});
}

int domestic_crimes(std::size_t district, Month month, CrimeGroup group) {
  const int all = first_reported_crimes(district, month, group);
  const double share = profile(group).domestic_share;
  const double noise = uniform_between(
      0.85, 1.15, Stream::domestic,
      {index_key(district), month_key(month), index_key(static_cast<std::size_t>(group))});
  // Every district has domestic violence with injury every month: a rate built from records
  // has no figure for a month without a record, and the dashboard would show n/a.
  const int least = group == CrimeGroup::violence_with_injury ? 1 : 0;
  return std::clamp(whole(all * share * noise), least, all);
}

int domestic_incidents(std::size_t district, Month month) {
  const District& where = districts()[district];
  constexpr double kPer1000 = 5.6;
  // More incidents are reported each year as fewer become crimes, so that domestic crimes and
  // incidents together stay level, as the November 2025 report says.
  constexpr double kYearlyChange = 0.03;
  const double years = (month - kTrendBase) / 12.0;
  const double noise =
      uniform_between(0.9, 1.1, Stream::incident, {index_key(district), month_key(month)});
  return std::max(1, whole(where.population / 1000.0 * kPer1000 * where.crime / 12.0 *
                           seasonal(month, 0.06, 12) * (1.0 + kYearlyChange * years) * noise));
}

}  // namespace examples
