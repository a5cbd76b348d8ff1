// Diagnostics as text, for a failing test to show what went wrong.
#pragma once

#include <string>
#include <vector>

#include "scdash/core/diagnostic.hpp"

namespace scdash::testing {

inline std::string describe(const core::Diagnostics& diagnostics) {
  std::string text;
  for (const auto& diagnostic : diagnostics) {
    text += diagnostic.to_string() + "\n";
  }
  return text;
}

// Each diagnostic as "place code", to compare with the places and codes a test expects.
inline std::vector<std::string> places_and_codes(const core::Diagnostics& diagnostics) {
  std::vector<std::string> seen;
  for (const auto& diagnostic : diagnostics) {
    seen.push_back(diagnostic.location.to_string() + " " + diagnostic.code);
  }
  return seen;
}

}  // namespace scdash::testing
