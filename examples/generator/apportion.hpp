// Whole numbers that add up to a chosen total.
#pragma once

#include <vector>

namespace examples {

// The nearest whole number (halves away from zero).
int whole(double value);

// Splits `total` into whole numbers in proportion to `weights`, each at least `minimum`, by
// the largest-remainder method (equal remainders go to the earlier cell). The figures the
// November 2025 report quotes are made this way: the year's total is chosen, then spread over
// districts and months.
std::vector<int> apportion(int total, const std::vector<double>& weights, int minimum);

}  // namespace examples
