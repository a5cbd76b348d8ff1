#include "scdash/template/indicator_periods.hpp"

namespace scdash::templates {
namespace {

constexpr int kMarch = 3;

core::FinancialQuarter shift_back(core::FinancialQuarter quarter, int quarters) {
  for (int i = 0; i < quarters; ++i) {
    quarter = quarter.previous();
  }
  return quarter;
}

}  // namespace

core::Period previous_financial_year(core::Month month) {
  core::Month end = month - 1;
  while (end.month() != kMarch) {
    end = end - 1;
  }
  return core::Period::rolling_12_months(end);
}

namespace {

IndicatorPeriods periods_by(Basis basis, int lag_quarters, ComparisonPeriod comparison,
                            core::FinancialQuarter reported) {
  const core::FinancialQuarter quarter = shift_back(reported, lag_quarters);
  const core::Month end = quarter.last_month();
  const bool year_end = comparison == ComparisonPeriod::previous_financial_year_end;
  switch (basis) {
    case Basis::quarter: {
      const core::Period current = quarter.period();
      return {quarter, current, current.year_earlier()};
    }
    case Basis::financial_year_to_date: {
      const core::Period current{core::FinancialQuarter{quarter.start_year, 1}.first_month(), end};
      return {quarter, current,
              year_end ? previous_financial_year(current.first + 1) : current.year_earlier()};
    }
    case Basis::rolling_12_months:
    case Basis::latest:
      break;
  }
  const core::Period current = core::Period::rolling_12_months(end);
  return {quarter, current, year_end ? previous_financial_year(end) : current.year_earlier()};
}

}  // namespace

IndicatorPeriods periods_for(const Indicator& indicator, core::FinancialQuarter reported) {
  return periods_by(indicator.basis, indicator.lag_quarters, indicator.comparison, reported);
}

IndicatorPeriods dashboard_periods(const Catalogue& catalogue, core::FinancialQuarter reported) {
  return periods_by(catalogue.basis, 0, ComparisonPeriod::same_period_last_year, reported);
}

}  // namespace scdash::templates
