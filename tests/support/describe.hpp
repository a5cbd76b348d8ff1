// Diagnostics as text, for a failing test to show what went wrong.
#pragma once

#include <string>

#include "scdash/core/diagnostic.hpp"

namespace scdash::testing {

inline std::string describe(const core::Diagnostics& diagnostics) {
  std::string text;
  for (const auto& diagnostic : diagnostics) {
    text += diagnostic.to_string() + "\n";
  }
  return text;
}

}  // namespace scdash::testing
