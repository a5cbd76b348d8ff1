// The figures of the partners who return totals rather than counts by district and month:
// MARAC, domestic abuse support services, youth justice, probation's IOM team and the
// resident survey.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "calendar.hpp"

namespace examples {

// MARAC: cases discussed in a quarter and how many were repeats.
struct MaracQuarter {
  int cases = 0;
  int repeat_cases = 0;
};
MaracQuarter marac_leicestershire(FinancialQuarter quarter);
MaracQuarter marac_rutland(FinancialQuarter quarter);

// Domestic abuse support services: referrals to one service in a month.
const std::vector<std::string_view>& support_services();  // IDVA, Outreach, Helpline
int referrals(Month month, std::size_t service);

// Youth justice: first-time entrants in a district and quarter, and the quarter's cohort.
int first_time_entrants(std::size_t district, FinancialQuarter quarter);
struct ReoffendingCohort {
  int young_people = 0;
  int reoffenders = 0;
  int reoffences = 0;
};
ReoffendingCohort reoffending(FinancialQuarter cohort);

// Resident survey: one wave a quarter. Percentages to two decimal places.
struct SurveyWave {
  double get_on_well = 0;       // % agreeing people from different backgrounds get on well
  double asb_same_or_less = 0;  // % agreeing ASB has decreased or stayed the same
  int respondents = 0;
};
SurveyWave survey_wave(FinancialQuarter wave);

// IOM: the quarter's cohort's offending in the 12 months before joining and since.
struct IomQuarter {
  int cohort = 0;
  int offences_before = 0;
  int offences_since = 0;
  double reduction_percent() const;  // to one decimal place, as probation writes it
};
IomQuarter iom(FinancialQuarter quarter);

}  // namespace examples
