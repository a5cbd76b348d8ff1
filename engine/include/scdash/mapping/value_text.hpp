// Reading figures and months written as text by people and by partners' systems.
#pragma once

#include <optional>
#include <string_view>

#include "scdash/core/period.hpp"

namespace scdash::mapping {

// A number written as text: " 56 ", "1,234", "-3.5". Nullopt for anything else ("n/a", "12%").
std::optional<double> parse_number_text(std::string_view text);

// A month written as text: "Apr-25", "Apr 2025", "April 2025", "2025-04", "04/2025".
std::optional<core::Month> parse_month_text(std::string_view text);

}  // namespace scdash::mapping
