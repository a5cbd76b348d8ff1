#include "random.hpp"

namespace examples {
namespace {

// The seed of every example return: change it and every figure changes.
constexpr std::uint64_t kSeed = 20251121;  // the date of the board meeting in seed 003

// Sebastiano Vigna's splitmix64 finaliser: a fixed, well-mixed 64-bit permutation.
std::uint64_t splitmix64(std::uint64_t x) {
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

}  // namespace

double uniform(Stream stream, std::initializer_list<std::int64_t> key) {
  std::uint64_t state = splitmix64(kSeed ^ static_cast<std::uint64_t>(stream));
  for (const std::int64_t part : key) {
    state = splitmix64(state ^ static_cast<std::uint64_t>(part));
  }
  return static_cast<double>(state >> 11) / static_cast<double>(1ULL << 53);
}

double uniform_between(double low, double high, Stream stream,
                       std::initializer_list<std::int64_t> key) {
  return low + (high - low) * uniform(stream, key);
}

}  // namespace examples
