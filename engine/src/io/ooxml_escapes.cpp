#include "io/ooxml_escapes.hpp"

#include <optional>

#include "io/text_encoding.hpp"
#include "io/xlsx_limits.hpp"

namespace scdash::io::detail {
namespace {

constexpr std::size_t kEscapeLength = 7;  // "_xHHHH_"
constexpr char32_t kReplacementCharacter = 0xFFFD;

// The code unit of an escape at the start of `text`, if one is there.
std::optional<char32_t> escape_at(std::string_view text) {
  if (text.size() < kEscapeLength || text[0] != '_' || text[1] != 'x' || text[6] != '_') {
    return std::nullopt;
  }
  char32_t unit = 0;
  for (std::size_t i = 2; i < 6; ++i) {
    const char c = text[i];
    int digit = 0;
    if (c >= '0' && c <= '9') {
      digit = c - '0';
    } else if (c >= 'A' && c <= 'F') {
      digit = c - 'A' + 10;
    } else if (c >= 'a' && c <= 'f') {
      digit = c - 'a' + 10;
    } else {
      return std::nullopt;
    }
    unit = unit * 16 + static_cast<char32_t>(digit);
  }
  return unit;
}

bool is_high_surrogate(char32_t unit) {
  return unit >= 0xD800 && unit <= 0xDBFF;
}
bool is_low_surrogate(char32_t unit) {
  return unit >= 0xDC00 && unit <= 0xDFFF;
}

}  // namespace

void append_unescaped(std::string_view text, std::string& out) {
  for (;;) {
    const auto underscore = text.find("_x");
    if (underscore == std::string_view::npos) {
      out.append(text);
      return;
    }
    out.append(text.substr(0, underscore));
    text.remove_prefix(underscore);
    const auto unit = escape_at(text);
    if (!unit) {
      out += '_';
      text.remove_prefix(1);
      continue;
    }
    text.remove_prefix(kEscapeLength);
    char32_t code_point = *unit;
    if (is_high_surrogate(*unit)) {
      const auto low = escape_at(text);
      if (low && is_low_surrogate(*low)) {
        code_point = 0x10000 + ((*unit - 0xD800) << 10) + (*low - 0xDC00);
        text.remove_prefix(kEscapeLength);
      } else {
        code_point = kReplacementCharacter;
      }
    } else if (is_low_surrogate(*unit)) {
      code_point = kReplacementCharacter;
    }
    append_utf8(code_point, out);
  }
}

std::size_t excel_character_count(std::string_view text) {
  std::size_t count = 0;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    // Each lead byte starts a character; a four-byte one lies outside the BMP and takes a
    // surrogate pair in Excel's UTF-16.
    count += (byte & 0xC0) != 0x80 ? 1 : 0;
    count += byte >= 0xF0 ? 1 : 0;
  }
  return count;
}

bool fits_in_cell(std::string_view text) {
  return text.size() <= kMaxCellCharacters || excel_character_count(text) <= kMaxCellCharacters;
}

}  // namespace scdash::io::detail
