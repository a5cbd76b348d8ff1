#include "scdash/core/text.hpp"

#include <algorithm>
#include <cctype>
#include <numeric>
#include <optional>
#include <vector>

#include <fmt/format.h>

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

std::size_t utf8_character_length(std::string_view text) {
  if (text.empty()) {
    return 0;
  }
  const auto lead = static_cast<unsigned char>(text[0]);
  if (lead < 0x80) {
    return 1;
  }
  // The ranges of the Unicode standard's table of well-formed sequences: the second byte's is
  // narrower after E0 and F0 (no overlong forms), ED (no surrogates) and F4 (nothing beyond
  // U+10FFFF).
  std::size_t length = 0;
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    low = lead == 0xE0 ? 0xA0 : 0x80;
    high = lead == 0xED ? 0x9F : 0xBF;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    low = lead == 0xF0 ? 0x90 : 0x80;
    high = lead == 0xF4 ? 0x8F : 0xBF;
  } else {
    return 0;
  }
  if (text.size() < length) {
    return 0;
  }
  for (std::size_t i = 1; i < length; ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < low || byte > high) {
      return 0;
    }
    low = 0x80;
    high = 0xBF;
  }
  return length;
}

std::string valid_utf8(std::string_view text) {
  std::string valid;
  valid.reserve(text.size());
  while (!text.empty()) {
    const std::size_t length = utf8_character_length(text);
    if (length == 0) {
      valid += "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER
      text.remove_prefix(1);
    } else {
      valid.append(text.substr(0, length));
      text.remove_prefix(length);
    }
  }
  return valid;
}

namespace {

// The escape for the character at the start of `text` (of `length` bytes), or nothing when it
// is kept.
std::optional<std::string> control_escape(std::string_view text, std::size_t length,
                                          LineBreaks line_breaks) {
  const auto lead = static_cast<unsigned char>(text[0]);
  if (length == 1) {
    const bool line_break = lead == '\n' || lead == '\r' || lead == '\t';
    if (line_break && line_breaks == LineBreaks::keep) {
      return std::nullopt;
    }
    switch (lead) {
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      default:
        break;
    }
    if (lead < 0x20 || lead == 0x7F) {
      return fmt::format("\\x{:02x}", lead);
    }
    return std::nullopt;
  }
  const auto second = static_cast<unsigned char>(text[1]);
  if (length == 2 && lead == 0xC2 && second <= 0x9F) {  // C1: U+0080 to U+009F
    return fmt::format("\\u{:04x}", second);
  }
  if (length == 3 && lead == 0xEF && second == 0xBF &&
      (static_cast<unsigned char>(text[2]) & 0xFE) == 0xBE) {  // U+FFFE, U+FFFF
    return fmt::format("\\u{:04x}", 0xFFFE + (static_cast<unsigned char>(text[2]) & 1));
  }
  return std::nullopt;
}

}  // namespace

std::string escape_control_characters(std::string_view text, LineBreaks line_breaks) {
  std::string escaped;
  escaped.reserve(text.size());
  while (!text.empty()) {
    const std::size_t length = std::max<std::size_t>(1, utf8_character_length(text));
    if (auto escape = control_escape(text, length, line_breaks)) {
      escaped += *escape;
    } else {
      escaped.append(text.substr(0, length));
    }
    text.remove_prefix(length);
  }
  return escaped;
}

bool is_plain_text(std::string_view text) {
  while (!text.empty()) {
    const std::size_t length = utf8_character_length(text);
    if (length == 0 || control_escape(text, length, LineBreaks::escape)) {
      return false;
    }
    text.remove_prefix(length);
  }
  return true;
}

std::string capitalised(std::string text) {
  if (!text.empty() && std::islower(static_cast<unsigned char>(text.front()))) {
    text.front() = static_cast<char>(std::toupper(static_cast<unsigned char>(text.front())));
  }
  return text;
}

}  // namespace scdash::core
