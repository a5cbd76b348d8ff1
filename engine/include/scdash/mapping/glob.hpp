// Globs: the file- and sheet-name patterns analysts write in mapping files.
//
// '*' matches any run of characters and '?' any one character, ignoring case. A pattern
// that reads a dimension from a name marks the part to keep with "(*)": "marac-(*).xlsx"
// keeps "2025-26-Q2" of "marac-2025-26-Q2.xlsx".
//
//   scdash::mapping::glob_matches("marac-*.xlsx", "marac-2025-26-Q2.xlsx");  // true
//   scdash::mapping::glob_capture("asb-(*).csv", "asb-melton.csv");            // "melton"
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace scdash::mapping {

// Whether the text holds a wildcard ('*' or '?'), and so is a glob rather than a name.
bool is_glob(std::string_view text);

// Case-insensitive glob match of a whole name.
bool glob_matches(std::string_view pattern, std::string_view name);

// The part of `text` that the pattern's "(*)" matches, or the whole text when the pattern has
// none; nullopt when the text does not match. The shortest text before "(*)" wins.
std::optional<std::string> glob_capture(std::string_view pattern, std::string_view text);

// The marker of the kept part in a capture pattern.
inline constexpr std::string_view kCaptureMarker = "(*)";

}  // namespace scdash::mapping
