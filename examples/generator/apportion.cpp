#include "apportion.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace examples {

int whole(double value) {
  return static_cast<int>(std::lround(value));
}

std::vector<int> apportion(int total, const std::vector<double>& weights, int minimum) {
  const int cells = static_cast<int>(weights.size());
  const int spread = total - minimum * cells;
  if (spread < 0) {
    throw std::invalid_argument("apportion: the total is below the minimum of every cell");
  }
  const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
  std::vector<int> shares(weights.size(), minimum);
  std::vector<double> remainders(weights.size());
  int given = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    const double exact = spread * weights[i] / sum;
    const double whole = std::floor(exact);
    shares[i] += static_cast<int>(whole);
    remainders[i] = exact - whole;
    given += static_cast<int>(whole);
  }
  std::vector<std::size_t> order(weights.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return remainders[a] > remainders[b]; });
  for (int i = 0; i < spread - given; ++i) {
    shares[order[static_cast<std::size_t>(i)]] += 1;
  }
  return shares;
}

}  // namespace examples
