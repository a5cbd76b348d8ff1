#include <catch2/catch.hpp>

#include "scdash/kpi/statistics.hpp"

using namespace scdash::kpi;

namespace {

// The test values of docs/indicators.md (from the Fingertips method) hold to 1e-9.
constexpr double kTolerance = 1e-9;

}  // namespace

TEST_CASE("z values are the normal quantiles, unrounded") {
  CHECK(z_for_confidence(0.95) == Approx(1.959963984540054).margin(1e-14));
  CHECK(z_for_confidence(0.998) == Approx(3.090232306167813).margin(1e-14));
  CHECK(normal_quantile(0.5) == Approx(0).margin(1e-15));
  CHECK(normal_quantile(0.025) == Approx(-1.959963984540054).margin(1e-14));
  CHECK(normal_quantile(1e-10) == Approx(-6.361340902404056).margin(1e-12));
}

TEST_CASE("Byar's interval of a count matches the Fingertips test values") {
  const double z95 = z_for_confidence(0.95);
  const Interval o65 = byar_interval(65, z95);
  CHECK(o65.lower == Approx(50.163187710459454).margin(kTolerance));
  CHECK(o65.upper == Approx(82.849138545939837).margin(kTolerance));
  const Interval o1045 = byar_interval(1045, z95);
  CHECK(o1045.lower == Approx(982.59320180733255).margin(kTolerance));
  CHECK(o1045.upper == Approx(1110.3312129856499).margin(kTolerance));
  const Interval o65_998 = byar_interval(65, z_for_confidence(0.998));
  CHECK(o65_998.lower == Approx(42.880261471480203).margin(kTolerance));
  CHECK(o65_998.upper == Approx(94.000290844318016).margin(kTolerance));
}

TEST_CASE("exact Poisson limits are used below ten events") {
  const Interval zero = count_interval(0, 0.95);
  CHECK(zero.lower == 0);
  CHECK(zero.upper == Approx(3.688879).margin(1e-6));
  const Interval five = count_interval(5, 0.95);
  CHECK(five.lower == Approx(1.623486).margin(1e-6));
  CHECK(five.upper == Approx(11.668332).margin(1e-6));
  // From ten events on, Byar's approximation.
  CHECK(count_interval(10, 0.95).lower == byar_interval(10, z_for_confidence(0.95)).lower);
}

TEST_CASE("the Wilson score interval matches the Fingertips test values") {
  const Interval a = wilson_interval(65, 100, z_for_confidence(0.95));
  CHECK(a.lower == Approx(0.55254443296887967).margin(kTolerance));
  CHECK(a.upper == Approx(0.73635751756902468).margin(kTolerance));
  const Interval b = wilson_interval(1045, 5000, z_for_confidence(0.998));
  CHECK(b.lower == Approx(0.19179381799015244).margin(kTolerance));
  CHECK(b.upper == Approx(0.22731562902525818).margin(kTolerance));
}

TEST_CASE("the incomplete gamma function and its quantile agree") {
  CHECK(regularized_gamma_p(1, 1) == Approx(1 - std::exp(-1.0)).margin(1e-15));
  CHECK(regularized_gamma_p(3, 0) == 0);
  for (double shape : {0.5, 1.0, 5.0, 50.0, 500.0}) {
    for (double p : {0.001, 0.025, 0.5, 0.975, 0.999}) {
      CHECK(regularized_gamma_p(shape, gamma_quantile(p, shape)) == Approx(p).margin(1e-12));
    }
  }
}
