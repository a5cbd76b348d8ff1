// Confidence intervals for counts, rates and proportions, by the methods of the
// Fingertips tools (Public Health England, now OHID), and the comparison of an area
// with a benchmark that they support.
//
// Counts (and rates, which are counts over a fixed population) use Byar's approximation,
// or exact Poisson limits when fewer than 10 events were observed; proportions use the
// Wilson score interval. docs/indicators.md gives the formulas.
//
//   const auto interval = scdash::kpi::count_interval(65, 0.95);
//   // 50.163187710459454 to 82.849138545939837 (Byar's method)
#pragma once

namespace scdash::kpi {

struct Interval {
  double lower = 0;
  double upper = 0;

  bool contains(double value) const { return lower <= value && value <= upper; }
  Interval scaled(double factor) const { return {lower * factor, upper * factor}; }
};

// The standard normal quantile Φ⁻¹(p), for 0 < p < 1, to full double precision.
double normal_quantile(double p);

// z for a two-sided confidence level: 1.959963984540054 for 0.95, 3.090232306167813 for 0.998.
double z_for_confidence(double level);

// The regularised lower incomplete gamma function P(a, x), for a > 0 and x >= 0.
double regularized_gamma_p(double a, double x);

// The x with P(shape, x) = p: the gamma distribution's quantile, for 0 < p < 1.
double gamma_quantile(double p, double shape);

// Byar's approximation to the Poisson interval of an observed count.
Interval byar_interval(double observed, double z);

// Exact Poisson limits: lower χ²⁻¹(α/2; 2O)/2 (0 when O = 0), upper χ²⁻¹(1 − α/2; 2O + 2)/2.
Interval exact_poisson_interval(double observed, double level);

// The interval of an observed count by Fingertips' rule: exact below 10 events, Byar above.
Interval count_interval(double observed, double level);

// The Wilson score interval of a proportion observed/total, as a fraction (0..1).
Interval wilson_interval(double observed, double total, double z);

}  // namespace scdash::kpi
