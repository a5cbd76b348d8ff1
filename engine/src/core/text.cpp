#include "scdash/core/text.hpp"

#include <algorithm>
#include <cctype>
#include <numeric>
#include <vector>

namespace scdash::core {
namespace {

bool is_space(unsigned char c) {
  return std::isspace(c) != 0;
}

}  // namespace

std::string_view trim(std::string_view text) {
  // U+00A0 (no-break space) arrives from web-exported spreadsheets as UTF-8 C2 A0.
  constexpr std::string_view kNoBreakSpace = "\xC2\xA0";
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    while (!text.empty() && is_space(static_cast<unsigned char>(text.front()))) {
      text.remove_prefix(1);
      trimmed = true;
    }
    while (!text.empty() && is_space(static_cast<unsigned char>(text.back()))) {
      text.remove_suffix(1);
      trimmed = true;
    }
    if (text.starts_with(kNoBreakSpace)) {
      text.remove_prefix(kNoBreakSpace.size());
      trimmed = true;
    }
    if (text.ends_with(kNoBreakSpace)) {
      text.remove_suffix(kNoBreakSpace.size());
      trimmed = true;
    }
  }
  return text;
}

std::string normalise_label(std::string_view text) {
  std::string out;
  bool pending_space = false;
  auto append_word_char = [&](char c) {
    if (pending_space && !out.empty()) {
      out += ' ';
    }
    pending_space = false;
    out += c;
  };
  for (char raw : trim(text)) {
    const auto c = static_cast<unsigned char>(raw);
    if (raw == '&') {
      pending_space = true;
      append_word_char('a');
      out += "nd";
      pending_space = true;
    } else if (std::isalnum(c) || c >= 0x80) {
      append_word_char(static_cast<char>(std::tolower(c)));
    } else {
      // White space and punctuation both separate words: "N.W. Leics" reads as "n w leics".
      pending_space = true;
    }
  }
  return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  // Three rows of the dynamic programme: two back is needed to see a transposition.
  std::vector<std::size_t> two_back(b.size() + 1);
  std::vector<std::size_t> previous(b.size() + 1);
  std::vector<std::size_t> current(b.size() + 1);
  std::iota(previous.begin(), previous.end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        current[j] = std::min(current[j], two_back[j - 2] + 1);
      }
    }
    std::swap(two_back, previous);
    std::swap(previous, current);
  }
  return previous[b.size()];
}

std::string closest_match(std::string_view word, std::span<const std::string> candidates) {
  const std::size_t allowed = std::max<std::size_t>(1, word.size() / 3);
  std::string best;
  std::size_t best_distance = allowed + 1;
  for (const auto& candidate : candidates) {
    const std::size_t distance = edit_distance(word, candidate);
    if (distance < best_distance) {
      best_distance = distance;
      best = candidate;
    }
  }
  return best;
}

}  // namespace scdash::core
