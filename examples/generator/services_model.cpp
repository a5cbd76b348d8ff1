#include "services_model.hpp"

#include <array>
#include <cmath>
#include <stdexcept>

#include "apportion.hpp"
#include "areas.hpp"
#include "random.hpp"

namespace examples {
namespace {

double two_places(double value) {
  return std::round(value * 100) / 100;
}

// The archive's quarters, 2023/24 Q3 to 2025/26 Q2, by position.
std::size_t archive_index(FinancialQuarter quarter) {
  const auto quarters = archive_quarters();
  for (std::size_t i = 0; i < quarters.size(); ++i) {
    if (quarters[i] == quarter) {
      return i;
    }
  }
  throw std::out_of_range("a quarter outside the example archive");
}

}  // namespace

MaracQuarter marac_leicestershire(FinancialQuarter quarter) {
  // The report's repeat rates exactly: 384 of 1,160 cases in the 12 months to September 2024
  // (33.1%), 369 of 1,125 in the 12 months to September 2025 (32.8%). About 40 cases a year
  // per 10,000 women aged 16 and over, as SafeLives expects.
  constexpr std::array<int, 8> kCases = {292, 285, 296, 287, 281, 276, 290, 278};
  constexpr std::array<int, 8> kRepeats = {97, 94, 98, 95, 93, 90, 96, 90};
  const std::size_t i = archive_index(quarter);
  return {kCases[i], kRepeats[i]};
}

MaracQuarter marac_rutland(FinancialQuarter quarter) {
  const int cases = whole(uniform_between(13, 20, Stream::marac, {quarter_key(quarter), 1}));
  const int repeats =
      whole(cases * uniform_between(0.22, 0.38, Stream::marac, {quarter_key(quarter), 2}));
  return {cases, repeats};
}

const std::vector<std::string_view>& support_services() {
  static const std::vector<std::string_view> kServices = {"IDVA", "Outreach", "Helpline"};
  return kServices;
}

int referrals(Month month, std::size_t service) {
  // About 250 referrals a month, most in the summer and around Christmas.
  const double month_total = 250 * seasonal(month, 0.06, 7) * seasonal(month, 0.04, 12) *
                             uniform_between(0.9, 1.1, Stream::referrals, {month_key(month)});
  const std::vector<int> shares = apportion(whole(month_total), {0.42, 0.36, 0.22}, 0);
  return shares[service];
}

int first_time_entrants(std::size_t district, FinancialQuarter quarter) {
  // About 25 a quarter in the county in 2021, falling by 6% a year.
  const double years = (quarter.first_month() - Month::of(2021, 4)) / 12.0;
  const double county = 25.0 * (1.0 - 0.06 * years);
  const District& where = districts()[district];
  return whole(county * where.population / county_population() *
               uniform_between(0.6, 1.4, Stream::first_time_entrants,
                               {index_key(district), quarter_key(quarter)}));
}

ReoffendingCohort reoffending(FinancialQuarter cohort) {
  const std::int64_t q = quarter_key(cohort);
  const double years = (cohort.first_month() - Month::of(2021, 4)) / 12.0;
  ReoffendingCohort result;
  result.young_people = whole(uniform_between(36, 48, Stream::reoffending, {q, 1}));
  result.reoffenders =
      whole(result.young_people * uniform_between(0.30, 0.40, Stream::reoffending, {q, 2}));
  result.reoffences = whole(result.reoffenders * (3.1 - 0.08 * years) *
                            uniform_between(0.9, 1.1, Stream::reoffending, {q, 3}));
  return result;
}

SurveyWave survey_wave(FinancialQuarter wave) {
  const std::int64_t q = quarter_key(wave);
  SurveyWave result;
  // The report's figures: 90.3% a year before, 89.09% in the latest wave.
  if (wave == FinancialQuarter{2024, 2}) {
    result.get_on_well = 90.30;
  } else if (wave == FinancialQuarter{2025, 2}) {
    result.get_on_well = 89.09;
  } else {
    result.get_on_well = two_places(uniform_between(89.4, 91.6, Stream::survey, {q, 1}));
  }
  result.asb_same_or_less = two_places(uniform_between(79.0, 83.0, Stream::survey, {q, 2}) +
                                       0.4 * (wave.start_year - 2022));
  result.respondents = whole(uniform_between(1100, 1350, Stream::survey, {q, 3}));
  return result;
}

double IomQuarter::reduction_percent() const {
  return std::round(1000.0 * (offences_before - offences_since) / offences_before) / 10;
}

IomQuarter iom(FinancialQuarter quarter) {
  const std::int64_t q = quarter_key(quarter);
  IomQuarter result;
  result.cohort = whole(uniform_between(110, 130, Stream::iom, {q, 1}));
  result.offences_before = whole(result.cohort * uniform_between(6.0, 7.0, Stream::iom, {q, 2}));
  // A reduction of 38% to 46%, improving slowly.
  const double reduction =
      uniform_between(0.38, 0.44, Stream::iom, {q, 3}) + 0.004 * (quarter.start_year - 2022);
  result.offences_since = whole(result.offences_before * (1.0 - reduction));
  return result;
}

}  // namespace examples
