#include "scdash/mapping/glob.hpp"

#include <cctype>

namespace scdash::mapping {
namespace {

// Captures read titles and names; longer texts are not names, and the search below is
// quadratic in the text's length.
constexpr std::size_t kLongestCapturedText = 1000;

}  // namespace

bool is_glob(std::string_view text) {
  return text.find_first_of("*?") != std::string_view::npos;
}

bool glob_matches(std::string_view pattern, std::string_view name) {
  // Iterative matching with one backtrack point: linear in practice, never exponential.
  std::size_t p = 0;
  std::size_t n = 0;
  std::size_t star = std::string_view::npos;
  std::size_t star_name = 0;
  auto same = [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) ==
           std::tolower(static_cast<unsigned char>(b));
  };
  while (n < name.size()) {
    if (p < pattern.size() && (pattern[p] == '?' || same(pattern[p], name[n]))) {
      ++p;
      ++n;
    } else if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      star_name = n;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      n = ++star_name;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') {
    ++p;
  }
  return p == pattern.size();
}

std::optional<std::string> glob_capture(std::string_view pattern, std::string_view text) {
  const auto marker = pattern.find(kCaptureMarker);
  if (marker == std::string_view::npos) {
    return glob_matches(pattern, text) ? std::optional(std::string(text)) : std::nullopt;
  }
  if (text.size() > kLongestCapturedText) {
    return std::nullopt;
  }
  const std::string_view before = pattern.substr(0, marker);
  const std::string_view after = pattern.substr(marker + kCaptureMarker.size());
  for (std::size_t start = 0; start <= text.size(); ++start) {
    if (!glob_matches(before, text.substr(0, start))) {
      continue;
    }
    // The longest kept part that leaves a tail matching the rest of the pattern.
    for (std::size_t end = text.size() + 1; end-- > start;) {
      if (glob_matches(after, text.substr(end))) {
        return std::string(text.substr(start, end - start));
      }
    }
  }
  return std::nullopt;
}

}  // namespace scdash::mapping
