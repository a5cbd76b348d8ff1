// Numbers read from text and written as text exactly, the same way natively and in WebAssembly.
#include <catch2/catch.hpp>

#include <limits>
#include <random>
#include <string_view>

#include "scdash/core/number_text.hpp"

using scdash::core::parse_double;
using scdash::core::shortest_text;
using scdash::core::detail::parse_double_by_strtod;

namespace {

struct Parsed {
  double value = -1;
  std::ptrdiff_t read = 0;
  std::errc error{};
  bool operator==(const Parsed& other) const {
    // NaN compares by being NaN; -0 and 0 by their sign.
    const bool same_value =
        (std::isnan(value) && std::isnan(other.value)) ||
        (value == other.value && std::signbit(value) == std::signbit(other.value));
    return same_value && read == other.read && error == other.error;
  }
};

template <class Parse>
Parsed parsed_by(Parse parse, std::string_view text) {
  Parsed parsed;
  const auto [end, error] = parse(text.data(), text.data() + text.size(), parsed.value);
  parsed.read = end - text.data();
  parsed.error = error;
  return parsed;
}

}  // namespace

TEST_CASE("the WebAssembly build's way of reading numbers gives what from_chars gives") {
  for (const std::string_view text : {"42",
                                      "-1.5E-3",
                                      "0.328",
                                      "32.8",
                                      "1e22",
                                      "123456789012345678901234567890",
                                      "-0",
                                      "0.1e",
                                      "12abc",
                                      "inf",
                                      "-nan",
                                      "1e400",
                                      "1e-400",
                                      "+1",
                                      " 1",
                                      "\t1",
                                      "",
                                      "-",
                                      "abc",
                                      "0x1p3",
                                      "-0x10",
                                      ".5",
                                      "5.",
                                      "1e+5",
                                      "2.2250738585072014e-308"}) {
    INFO(text);
    CHECK(parsed_by(parse_double_by_strtod, text) == parsed_by(parse_double, text));
  }
}

TEST_CASE("read back, the shortest text of a double is that double, whichever way it is read") {
  std::mt19937_64 random(20261202);
  std::uniform_int_distribution<std::uint64_t> bits;
  for (int i = 0; i < 20'000; ++i) {
    const double value = std::bit_cast<double>(bits(random));
    if (!std::isfinite(value)) {
      continue;
    }
    const std::string text = shortest_text(value);
    INFO(text);
    double by_from_chars = 0;
    double by_strtod = 0;
    REQUIRE(parse_double(text.data(), text.data() + text.size(), by_from_chars).ec == std::errc());
    parse_double_by_strtod(text.data(), text.data() + text.size(), by_strtod);
    CHECK(by_from_chars == value);
    CHECK(by_strtod == value);
  }
  CHECK(shortest_text(0.1 + 0.2) == "0.30000000000000004");
  CHECK(shortest_text(32.8) == "32.8");
  CHECK(shortest_text(1e20) == "1e+20");
}
