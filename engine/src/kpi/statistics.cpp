#include "scdash/kpi/statistics.hpp"

#include <cmath>
#include <limits>

namespace scdash::kpi {
namespace {

constexpr double kSqrt2 = 1.4142135623730950488;
constexpr double kEpsilon = std::numeric_limits<double>::epsilon();

// Φ(x) through erfc, which keeps full relative precision in both tails.
double normal_cdf(double x) {
  return 0.5 * std::erfc(-x / kSqrt2);
}

double normal_density(double x) {
  constexpr double kInverseSqrt2Pi = 0.39894228040143267794;
  return kInverseSqrt2Pi * std::exp(-0.5 * x * x);
}

// P(a, x) by its power series, which converges fast for x < a + 1.
double gamma_p_series(double a, double x) {
  double term = 1.0 / a;
  double sum = term;
  for (int n = 1; n < 1000 && std::abs(term) > std::abs(sum) * kEpsilon; ++n) {
    term *= x / (a + n);
    sum += term;
  }
  return sum * std::exp(-x + a * std::log(x) - std::lgamma(a));
}

// Q(a, x) = 1 − P(a, x) by Lentz's continued fraction, which converges fast for x >= a + 1.
double gamma_q_continued_fraction(double a, double x) {
  constexpr double kTiny = 1e-300;
  double b = x + 1.0 - a;
  double c = 1.0 / kTiny;
  double d = 1.0 / b;
  double h = d;
  for (int i = 1; i < 1000; ++i) {
    const double an = -i * (i - a);
    b += 2.0;
    d = an * d + b;
    d = std::abs(d) < kTiny ? kTiny : d;
    c = b + an / c;
    c = std::abs(c) < kTiny ? kTiny : c;
    d = 1.0 / d;
    const double step = d * c;
    h *= step;
    if (std::abs(step - 1.0) <= kEpsilon) {
      break;
    }
  }
  return std::exp(-x + a * std::log(x) - std::lgamma(a)) * h;
}

// x³ by multiplication, which IEEE 754 rounds alike everywhere: std::pow's last bit differs
// between C libraries, and the same returns must give the same bytes on Linux and Windows.
double cube(double x) {
  return x * x * x;
}

}  // namespace

double normal_quantile(double p) {
  // Bisection brackets the root; Newton's steps then polish it to the last bit.
  double low = -40;
  double high = 40;
  double x = 0;
  for (int i = 0; i < 200; ++i) {
    x = 0.5 * (low + high);
    (normal_cdf(x) < p ? low : high) = x;
    if (high - low < 1e-6) {
      break;
    }
  }
  for (int i = 0; i < 5; ++i) {
    x -= (normal_cdf(x) - p) / normal_density(x);
  }
  return x;
}

double z_for_confidence(double level) {
  return normal_quantile(1.0 - (1.0 - level) / 2.0);
}

double regularized_gamma_p(double a, double x) {
  if (x <= 0) {
    return 0;
  }
  return x < a + 1 ? gamma_p_series(a, x) : 1.0 - gamma_q_continued_fraction(a, x);
}

double gamma_quantile(double p, double shape) {
  // P(shape, x) rises monotonically from 0 to 1: widen an upper bound, then bisect to the
  // precision of a double.
  double low = 0;
  double high = shape + 10;
  while (regularized_gamma_p(shape, high) < p) {
    low = high;
    high *= 2;
  }
  for (int i = 0; i < 200 && high - low > kEpsilon * high; ++i) {
    const double middle = 0.5 * (low + high);
    (regularized_gamma_p(shape, middle) < p ? low : high) = middle;
  }
  return 0.5 * (low + high);
}

Interval byar_interval(double observed, double z) {
  const double o = observed;
  const double lower = o == 0 ? 0 : o * cube(1 - 1 / (9 * o) - z / (3 * std::sqrt(o)));
  const double o1 = o + 1;
  const double upper = o1 * cube(1 - 1 / (9 * o1) + z / (3 * std::sqrt(o1)));
  return {lower, upper};
}

Interval exact_poisson_interval(double observed, double level) {
  const double alpha = 1 - level;
  // χ²⁻¹(p; 2k)/2 is the gamma quantile with shape k.
  const double lower = observed == 0 ? 0 : gamma_quantile(alpha / 2, observed);
  const double upper = gamma_quantile(1 - alpha / 2, observed + 1);
  return {lower, upper};
}

Interval count_interval(double observed, double level) {
  constexpr double kExactBelow = 10;
  return observed < kExactBelow ? exact_poisson_interval(observed, level)
                                : byar_interval(observed, z_for_confidence(level));
}

Interval wilson_interval(double observed, double total, double z) {
  const double o = observed;
  const double n = total;
  const double spread = z * std::sqrt(z * z + 4 * o * (1 - o / n));
  const double denominator = 2 * (n + z * z);
  return {(2 * o + z * z - spread) / denominator, (2 * o + z * z + spread) / denominator};
}

}  // namespace scdash::kpi
