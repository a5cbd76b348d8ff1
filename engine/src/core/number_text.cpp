#include "scdash/core/number_text.hpp"

#include <cerrno>
#include <cmath>
#include <cstdlib>

#include <fmt/format.h>

namespace scdash::core {

std::from_chars_result detail::parse_double_by_strtod(const char* first, const char* last,
                                                      double& value) {
  // strtod also takes what from_chars refuses: leading space, '+' and hexadecimal, of which
  // from_chars reads only the "0".
  const char* digits = first != last && *first == '-' ? first + 1 : first;
  if (digits == last || *digits == ' ' || *digits == '\t' || *digits == '\n' || *digits == '\r' ||
      *digits == '+') {
    return {first, std::errc::invalid_argument};
  }
  if (last - digits >= 2 && digits[0] == '0' && (digits[1] | 0x20) == 'x') {
    last = digits + 1;
  }
  const std::string text(first, last);  // strtod needs the text to end
  char* end = nullptr;
  errno = 0;
  const double parsed = std::strtod(text.c_str(), &end);
  const char* stop = first + (end - text.c_str());
  if (stop == first) {
    return {first, std::errc::invalid_argument};
  }
  // strtod says ERANGE of subnormal numbers too, which from_chars reads; out of range is only a
  // number too large, or too small to be told from zero.
  if (errno == ERANGE && (parsed == 0 || std::isinf(parsed))) {
    return {stop, std::errc::result_out_of_range};
  }
  value = parsed;
  return {stop, std::errc()};
}

std::from_chars_result parse_double(const char* first, const char* last, double& value) {
#if defined(__cpp_lib_to_chars) && __cpp_lib_to_chars >= 201611L
  return std::from_chars(first, last, value);
#else
  return detail::parse_double_by_strtod(first, last, value);
#endif
}

std::string shortest_text(double value) {
  return fmt::format("{}", value);
}

}  // namespace scdash::core
