// UTF-8 validation, and conversion of Windows-1252 and UTF-16 text to UTF-8.
#include "io/text_encoding.hpp"

#include <array>

namespace scdash::io::detail {
namespace {

// The characters of bytes 80 to 9F in Windows-1252; the rest of 80-FF are Latin-1.
constexpr std::array<char16_t, 32> kHighControls = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

constexpr char32_t kReplacementCharacter = 0xFFFD;

bool is_high_surrogate(char32_t unit) {
  return unit >= 0xD800 && unit <= 0xDBFF;
}

bool is_low_surrogate(char32_t unit) {
  return unit >= 0xDC00 && unit <= 0xDFFF;
}

}  // namespace

void append_utf8(char32_t code_point, std::string& out) {
  if (code_point < 0x80) {
    out += static_cast<char>(code_point);
  } else if (code_point < 0x800) {
    out += static_cast<char>(0xC0 | (code_point >> 6));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else if (code_point < 0x10000) {
    out += static_cast<char>(0xE0 | (code_point >> 12));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code_point >> 18));
    out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  }
}

void append_utf16_as_utf8(std::u16string_view units, std::string& out) {
  for (std::size_t i = 0; i < units.size(); ++i) {
    const char32_t unit = units[i];
    if (is_high_surrogate(unit) && i + 1 < units.size() && is_low_surrogate(units[i + 1])) {
      append_utf8(0x10000 + ((unit - 0xD800) << 10) + (units[i + 1] - 0xDC00), out);
      ++i;
    } else if (is_high_surrogate(unit) || is_low_surrogate(unit)) {
      append_utf8(kReplacementCharacter, out);
    } else {
      append_utf8(unit, out);
    }
  }
}

bool Utf8Validator::feed(std::string_view bytes) {
  for (const char c : bytes) {
    if (!valid_) {
      return false;
    }
    const auto byte = static_cast<std::uint8_t>(c);
    if (pending_ > 0) {
      valid_ = byte >= low_ && byte <= high_;
      --pending_;
      low_ = 0x80;
      high_ = 0xBF;
      continue;
    }
    if (byte < 0x80) {
      continue;
    }
    if (byte >= 0xC2 && byte <= 0xDF) {
      pending_ = 1;
    } else if (byte >= 0xE0 && byte <= 0xEF) {
      pending_ = 2;
      low_ = byte == 0xE0 ? 0xA0 : 0x80;   // no overlong forms
      high_ = byte == 0xED ? 0x9F : 0xBF;  // no surrogates
    } else if (byte >= 0xF0 && byte <= 0xF4) {
      pending_ = 3;
      low_ = byte == 0xF0 ? 0x90 : 0x80;   // no overlong forms
      high_ = byte == 0xF4 ? 0x8F : 0xBF;  // nothing beyond U+10FFFF
    } else {
      valid_ = false;
    }
  }
  return valid_;
}

void append_windows_1252_as_utf8(std::string_view bytes, std::string& out) {
  for (const char c : bytes) {
    const auto byte = static_cast<std::uint8_t>(c);
    if (byte < 0x80) {
      out += c;
    } else if (byte < 0xA0) {
      append_utf8(kHighControls[byte - 0x80], out);
    } else {
      append_utf8(byte, out);
    }
  }
}

}  // namespace scdash::io::detail
