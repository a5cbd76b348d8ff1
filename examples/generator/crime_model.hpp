// Police recorded crime, made once and reported by both police returns: the monthly counts by
// district and crime group (police_recorded_crime.cpp), and the records they count
// (police_crime_records.cpp), so that the two agree crime for crime.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "calendar.hpp"

namespace examples {

// The Home Office Counting Rules' offence groups (fraud and computer misuse excluded).
enum class CrimeGroup : std::size_t {
  violence_with_injury,
  violence_without_injury,
  stalking_and_harassment,
  sexual_offences,
  robbery,
  burglary_residential,
  burglary_business,
  vehicle_offences,
  theft_from_the_person,
  bicycle_theft,
  shoplifting,
  other_theft,
  criminal_damage,
  drug_offences,
  weapons,
  public_order,
  miscellaneous,
};
inline constexpr std::size_t kCrimeGroups = 17;

struct CrimeGroupProfile {
  std::string_view name;      // as the police's record extract writes it
  double per_1000;            // crimes a year per 1,000 people, in an average district
  double seasonal_amplitude;  // the yearly cycle's swing either side of the mean
  int peak_month;             // 1..12
  double yearly_change;       // the trend: -0.05 is 5% fewer crimes a year
  double domestic_share;      // the share flagged as domestic abuse
  bool hate_eligible;         // the groups hate crimes are recorded in
};

const CrimeGroupProfile& profile(CrimeGroup group);

// A police revision: crimes cancelled or reclassified after the month was first reported.
// Returns from `from` on show the month's count changed by `change`.
struct Revision {
  FinancialQuarter from;
  std::size_t district;
  Month month;
  CrimeGroup group;
  int change;
};

// The revision the example archive carries (see examples/README.md).
const Revision& the_revision();

// Crimes of the groups in `groups` (all when empty) recorded in a district and month, as the
// police's returns for `as_of` give them (the revisions made by then applied).
int crimes_in(std::size_t district, Month month, const std::vector<CrimeGroup>& groups,
              FinancialQuarter as_of);

// The crimes the police first reported, before any revision.
int first_reported_crimes(std::size_t district, Month month, CrimeGroup group);

// Hate crimes in a district and month, and the domestic abuse crimes of one group: part of
// the crimes first reported. Hate crimes are made only for the months of the record extracts,
// October 2023 to September 2025.
int hate_crimes(std::size_t district, Month month);
int domestic_crimes(std::size_t district, Month month, CrimeGroup group);

// Domestic abuse incidents the police attended that were not crimes.
int domestic_incidents(std::size_t district, Month month);

// The hate crimes the November 2025 report quotes for Leicestershire: the 12 months to
// September 2024 and to September 2025 (1.49 and 1.42 per 1,000 people).
inline constexpr int kHateCrimesYearToSep2024 = 1061;
inline constexpr int kHateCrimesYearToSep2025 = 1011;

}  // namespace examples
