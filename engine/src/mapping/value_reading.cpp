#include "mapping/value_reading.hpp"

#include <array>
#include <charconv>
#include <string>

#include <fmt/format.h>

#include "mapping/cell_reading.hpp"
#include "scdash/core/number_text.hpp"
#include "scdash/core/text.hpp"
#include "scdash/io/cell_text.hpp"
#include "scdash/mapping/value_text.hpp"

namespace scdash::mapping {
namespace {

bool same_marker(std::string_view text, std::string_view marker) {
  if (text.size() != marker.size()) {
    return false;
  }
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[i])) !=
        std::tolower(static_cast<unsigned char>(marker[i]))) {
      return false;
    }
  }
  return true;
}

ValueReading problem(const io::Cell& cell, std::string hint) {
  ValueReading reading;
  reading.code = cell.type == io::CellType::error ? "value-error-cell" : "value-not-number";
  reading.message = fmt::format("expected a number, found {} \"{}\"", io::cell_type_name(cell.type),
                                io::value_text(cell));
  reading.hint = std::move(hint);
  return reading;
}

// `number` × 100 as its decimal digits say, not as binary arithmetic rounds it: 0.328 gives
// 32.8 exactly as a partner typed it, where 0.328 * 100 gives 32.800000000000004. The shortest
// text of the number, with its decimal exponent raised by two, read back.
double times_100(double number) {
  const std::string text = core::shortest_text(number);
  const auto e = text.find('e');
  const int exponent = e == std::string::npos ? 0 : std::stoi(text.substr(e + 1));
  const std::string scaled_text = fmt::format("{}e{}", text.substr(0, e), exponent + 2);
  double scaled = number * 100;  // only if the text were unreadable, which it cannot be
  core::parse_double(scaled_text.data(), scaled_text.data() + scaled_text.size(), scaled);
  return scaled;
}

}  // namespace

ValueReading read_text(const io::Cell& cell, const ValueRules& rules) {
  if (cell.type == io::CellType::error) {
    ValueReading reading;
    reading.code = "value-error-cell";
    reading.message = fmt::format("expected text, found the error \"{}\"", io::value_text(cell));
    reading.hint = "the text is treated as not available";
    return reading;
  }
  const std::string text(core::trim(io::value_text(cell)));
  for (const auto& [marker, reason] : rules.not_available) {
    if (same_marker(text, marker)) {
      return {ValueReading::Kind::not_available, 0, {}, reason, {}, {}, {}};
    }
  }
  return {ValueReading::Kind::text, 0, text, {}, {}, {}, {}};
}

ValueReading read_value(const io::Cell& cell, const ValueRules& rules) {
  if (cell.type == io::CellType::number) {
    // A cell shown as 32.8% holds 0.328; a mapping of percentages reads what it shows.
    const double value = cell.percent && rules.percent ? times_100(cell.number) : cell.number;
    return {ValueReading::Kind::number, value, {}, {}, {}, {}, {}};
  }
  if (cell.type != io::CellType::string && cell.type != io::CellType::error) {
    return problem(cell, "the figure is treated as not available");
  }
  const std::string_view text = core::trim(cell.text);
  for (const auto& [marker, reason] : rules.not_available) {
    if (same_marker(text, marker)) {
      return {ValueReading::Kind::not_available, 0, {}, reason, {}, {}, {}};
    }
  }
  if (cell.type == io::CellType::string) {
    if (const auto number = parse_number_text(text)) {
      return {ValueReading::Kind::number, *number, {}, {}, {}, {}, {}};
    }
    if (text.ends_with('%')) {
      const auto percent = parse_number_text(text.substr(0, text.size() - 1));
      if (percent && rules.percent) {
        return {ValueReading::Kind::number, *percent, {}, {}, {}, {}, {}};
      }
      if (percent) {
        return problem(cell, fmt::format("to read \"{}\" as {}, add 'percent: true' under "
                                         "'values' in the mapping",
                                         text, *percent));
      }
    }
  }
  return problem(cell,
                 fmt::format("the figure is treated as not available; if \"{}\" is how the partner "
                             "marks a figure it cannot give, list it under 'values: "
                             "not_available' in the mapping",
                             text));
}

}  // namespace scdash::mapping
