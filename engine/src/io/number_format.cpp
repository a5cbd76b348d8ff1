#include "io/number_format.hpp"

#include <cctype>

#include "scdash/core/calendar.hpp"

namespace scdash::io::detail {
namespace {

char lower(char c) {
  return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

bool starts_with_ignoring_case(std::string_view text, std::string_view lower_prefix) {
  if (text.size() < lower_prefix.size()) {
    return false;
  }
  for (std::size_t i = 0; i < lower_prefix.size(); ++i) {
    if (lower(text[i]) != lower_prefix[i]) {
      return false;
    }
  }
  return true;
}

// [h], [hh], [mm], [ss]...: elapsed time, the only brackets with a date or time meaning.
bool is_elapsed_time_bracket(std::string_view inside) {
  if (inside.empty()) {
    return false;
  }
  const char unit = lower(inside.front());
  if (unit != 'h' && unit != 'm' && unit != 's') {
    return false;
  }
  for (const char c : inside) {
    if (lower(c) != unit) {
      return false;
    }
  }
  return true;
}

// The date and time letters a format code uses, outside literals and brackets.
struct Letters {
  bool day_only = false;         // d, y, e, g: only dates have them
  bool month_or_minute = false;  // m: minutes beside h or s, months otherwise
  bool hour_or_second = false;   // h, s, or an elapsed-time bracket
  bool percent = false;          // %: the number shows multiplied by 100
};

Letters scan(std::string_view code) {
  Letters letters;
  std::size_t i = 0;
  while (i < code.size()) {
    const char c = code[i];
    if (c == '"') {
      // Quoted literal text; an unterminated quote runs to the end.
      const auto close = code.find('"', i + 1);
      i = close == std::string_view::npos ? code.size() : close + 1;
    } else if (c == '\\' || c == '_' || c == '*') {
      // An escaped character, or the character whose width is padded or repeated.
      i += 2;
    } else if (c == '[') {
      const auto close = code.find(']', i + 1);
      const auto end = close == std::string_view::npos ? code.size() : close;
      letters.hour_or_second |= is_elapsed_time_bracket(code.substr(i + 1, end - i - 1));
      i = end + 1;
    } else if (starts_with_ignoring_case(code.substr(i), "general")) {
      i += 7;
    } else if ((c == 'e' || c == 'E') && i + 1 < code.size() &&
               (code[i + 1] == '+' || code[i + 1] == '-')) {
      // Scientific notation, as in "0.00E+00".
      i += 2;
    } else {
      switch (lower(c)) {
        case 'd':
        case 'y':
        case 'e':
        case 'g':
          letters.day_only = true;
          break;
        case 'm':
          letters.month_or_minute = true;
          break;
        case 'h':
        case 's':
          letters.hour_or_second = true;
          break;
        case '%':
          letters.percent = true;
          break;
        default:
          break;
      }
      ++i;
    }
  }
  return letters;
}

}  // namespace

FormatKind builtin_format_kind(std::uint32_t id) {
  if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47)) {
    return FormatKind::time;
  }
  if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58)) {
    return FormatKind::date;
  }
  return id == 9 || id == 10 ? FormatKind::percent : FormatKind::number;
}

FormatKind format_code_kind(std::string_view code) {
  const Letters letters = scan(code);
  // Without an hour or a second beside it, m can only be a month.
  if (letters.day_only || (letters.month_or_minute && !letters.hour_or_second)) {
    return FormatKind::date;
  }
  if (letters.month_or_minute || letters.hour_or_second) {
    return FormatKind::time;
  }
  return letters.percent ? FormatKind::percent : FormatKind::number;
}

TypedNumber typed_number(double number, FormatKind kind, bool date1904) {
  TypedNumber typed;
  const bool numeric = kind == FormatKind::number || kind == FormatKind::percent;
  typed.type = numeric ? CellType::number : CellType::date;
  typed.percent = kind == FormatKind::percent;
  // A time of day or a duration is the same number in both date systems; only days move.
  typed.number = kind == FormatKind::date && date1904 ? number + core::kExcel1904Offset : number;
  return typed;
}

}  // namespace scdash::io::detail
