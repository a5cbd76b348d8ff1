#include "mapping/cell_reading.hpp"

#include <algorithm>

#include "scdash/core/calendar.hpp"
#include "scdash/core/text.hpp"
#include "scdash/mapping/value_text.hpp"

namespace scdash::mapping {
namespace {

// Excel serials from 1950 to 2100: a bare number is taken as a date only inside this range,
// so that a year such as 2025 or a count such as 410 is never misread as a day in 1905.
constexpr double kFirstPlausibleSerial = 18264;
constexpr double kLastPlausibleSerial = 73051;

std::optional<core::Month> month_of_date_number(const io::Cell& cell) {
  if (cell.type == io::CellType::date ||
      (cell.type == io::CellType::number && cell.number >= kFirstPlausibleSerial &&
       cell.number <= kLastPlausibleSerial)) {
    return core::month_of_serial(cell.number);
  }
  return std::nullopt;
}

}  // namespace

bool is_blank(const io::Cell& cell) {
  return cell.type == io::CellType::empty ||
         (cell.type == io::CellType::string && core::trim(cell.text).empty());
}

bool is_blank_row(const io::Row& row) {
  return std::all_of(row.cells.begin(), row.cells.end(), is_blank);
}

std::optional<core::Period> period_of_cell(const io::Cell& cell) {
  if (const auto month = month_of_date_number(cell)) {
    return core::Period::single(*month);
  }
  if (cell.type == io::CellType::string) {
    return parse_period_text(cell.text);
  }
  return std::nullopt;
}

std::optional<core::Month> month_of_record(const io::Cell& cell) {
  if (const auto month = month_of_date_number(cell)) {
    return month;
  }
  if (cell.type != io::CellType::string) {
    return std::nullopt;
  }
  if (const auto month = parse_date_month(cell.text)) {
    return month;
  }
  return parse_month_text(cell.text);
}

const io::Cell* cell_at(const io::Row& row, std::uint32_t column) {
  // Cells are in column order, so a binary search finds one in a wide row.
  const auto found = std::lower_bound(
      row.cells.begin(), row.cells.end(), column,
      [](const io::Cell& cell, std::uint32_t wanted) { return cell.ref.column < wanted; });
  return found != row.cells.end() && found->ref.column == column ? &*found : nullptr;
}

}  // namespace scdash::mapping
