// The months an indicator's current and previous figures cover, for a reported quarter.
//
//   const auto periods = scdash::templates::periods_for(indicator, quarter);
//   periods.current.label();   // "12 months to Sep 2025"
//   periods.previous.label();  // "12 months to Sep 2024"
#pragma once

#include "scdash/core/period.hpp"
#include "scdash/template/catalogue.hpp"

namespace scdash::templates {

struct IndicatorPeriods {
  core::FinancialQuarter quarter;  // the reported quarter, less the indicator's lag
  core::Period current;
  core::Period previous;
};

// For the latest-value basis, `current` ends where the latest value may end and `previous`
// is found from the value actually used, so both are only bounds here.
IndicatorPeriods periods_for(const Indicator& indicator, core::FinancialQuarter reported);

// The months the dashboard's previous and current columns describe, by the template's `basis`.
IndicatorPeriods dashboard_periods(const Catalogue& catalogue, core::FinancialQuarter reported);

// The 12 months of the last complete financial year ending before `month`.
core::Period previous_financial_year(core::Month month);

}  // namespace scdash::templates
