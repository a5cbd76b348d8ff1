// ValidationSettings: the thresholds of the data-quality rules, from the dashboard template's
// `validation:` section (docs/template.md), so that a BI team tunes them without a rebuild.
//
//   const scdash::templates::ValidationSettings& settings = catalogue.validation;
//   if (std::abs(county - sum_of_districts) > settings.county_total_tolerance_percent / 100 *
//   county)
//     { report_mismatch(); }
#pragma once

namespace scdash::templates {

struct ValidationSettings {
  // A county's own figure may differ from the sum of its districts' by up to this per cent of
  // the county's figure (county-total-mismatch).
  double county_total_tolerance_percent = 0.5;
  // A month more than this many times its calendar month's history, or less than that history
  // divided by this, is implausible (month-implausible) ...
  double month_change_factor = 3;
  // ... judged only where that history averages at least this much, since small counts vary
  // widely from year to year.
  double month_history_minimum = 10;
  // A district's figure more than this many interquartile ranges outside the other districts'
  // quartiles is an outlier (district-outlier); 3 is Tukey's "far out".
  double outlier_iqr_factor = 3;
  // A population estimate more than this many years older than the year a rate needs is
  // out of date (population-out-of-date).
  int population_max_age_years = 3;
};

}  // namespace scdash::templates
