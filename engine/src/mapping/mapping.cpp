// Names and accessors of the mapping vocabulary.
#include "scdash/mapping/mapping.hpp"

#include <cctype>

#include <fmt/format.h>

namespace scdash::mapping {

std::string_view dimension_name(Dimension dimension) {
  switch (dimension) {
    case Dimension::measure:
      return "measure";
    case Dimension::area:
      return "area";
    case Dimension::period:
      return "period";
  }
  return "measure";
}

std::string Condition::described() const {
  const std::string& column_name = column.header.text;
  const std::string first = values.empty() ? std::string() : values.front();
  switch (test) {
    case Test::in:
      return fmt::format("{} in [{}]", column_name, fmt::join(values, ", "));
    case Test::not_in:
      return fmt::format("{} not in [{}]", column_name, fmt::join(values, ", "));
    case Test::equals:
      return fmt::format("{} equal to '{}'", column_name, first);
    case Test::matches:
      return fmt::format("{} matching '{}'", column_name, first);
    case Test::not_matches:
      break;
  }
  return fmt::format("{} not matching '{}'", column_name, first);
}

std::string_view shape_name(Shape shape) {
  switch (shape) {
    case Shape::wide:
      return "wide";
    case Shape::long_rows:
      return "long";
    case Shape::records:
      return "records";
  }
  return "wide";
}

const ColumnRef& Table::column_of(Dimension dimension) const {
  switch (dimension) {
    case Dimension::measure:
      return measure_column;
    case Dimension::area:
      return area_column;
    case Dimension::period:
      return period_column;
  }
  return area_column;
}

const DimensionSource& Mapping::source_of(Dimension dimension) const {
  switch (dimension) {
    case Dimension::measure:
      return measure;
    case Dimension::area:
      return area;
    case Dimension::period:
      return period;
  }
  return measure;
}

bool is_measure_id(std::string_view text) {
  bool word_start = true;
  for (char raw : text) {
    const auto c = static_cast<unsigned char>(raw);
    if (raw == '.') {
      if (word_start) {
        return false;
      }
      word_start = true;
    } else if (std::islower(c) || (!word_start && (std::isdigit(c) || raw == '_'))) {
      word_start = false;
    } else {
      return false;
    }
  }
  return !text.empty() && !word_start;
}

}  // namespace scdash::mapping
