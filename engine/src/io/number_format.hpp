// Number formats: whether a cell's format shows its number as a date, a time, or a number.
//
// Excel stores a date as a plain number (days since 1900) and only its number format says it is
// a date, so the reader must read format codes. The tokenizer follows Excel's format-code
// grammar: quoted text ("days"), backslash escapes (\m), _x and *x padding, and brackets for
// colours, conditions and locales ([Red], [>100], [$-409]) carry no date meaning; the elapsed-time
// brackets [h], [mm] and [ss] do. Outside those, the letters d, m, y, h, s (and e, g, for eras)
// make a date or time; "General" and the scientific "E+" do not.
//
// Dates and times are told apart because they move differently between the 1900 and 1904 date
// systems: a date shifts by 1462 days, while a time of day or a duration ("[h]:mm") does not.
#pragma once

#include <cstdint>
#include <string_view>

#include "scdash/io/cell.hpp"

namespace scdash::io::detail {

enum class FormatKind {
  number,
  date,     // shows a day (d, y, e, g, or m as month), with or without a time
  time,     // shows only hours, minutes or seconds: a time of day or a duration
  percent,  // shows the number multiplied by 100, with a % sign: 0.328 as 32.8%
};

// The kind of built-in format `id` (Excel defines 0 to 163 without writing their codes): dates
// 14-17, 22, 27-36 and 50-58; times 18-21 and 45-47; percentages 9 and 10; every other id is
// a number.
FormatKind builtin_format_kind(std::uint32_t id);

// The kind of a format code, e.g. date for "dd/mm/yyyy", time for "[h]:mm" or "mm:ss".
FormatKind format_code_kind(std::string_view code);

// A number cell of a workbook, as scdash gives it: a number, or under a date or time format a
// date whose serial counts in the 1900 system. `date1904`: the workbook counts from 1904.
struct TypedNumber {
  CellType type = CellType::number;
  double number = 0;
  bool percent = false;
};
TypedNumber typed_number(double number, FormatKind kind, bool date1904);

}  // namespace scdash::io::detail
