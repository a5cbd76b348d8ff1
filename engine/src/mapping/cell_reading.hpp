// Reading one cell of a return as a period or as a month, the way people wrote it (its value as
// text is io::value_text).
#pragma once

#include <optional>
#include <string>

#include "scdash/core/period.hpp"
#include "scdash/io/cell.hpp"

namespace scdash::mapping {

// Empty, or text that is only white space.
bool is_blank(const io::Cell& cell);
bool is_blank_row(const io::Row& row);

// The cell's value as a period: a date cell, an Excel serial between 1950 and 2100, or text
// that parse_period_text reads.
std::optional<core::Period> period_of_cell(const io::Cell& cell);

// The month a record happened in: a date cell or serial, or text that is a date ("17/04/2025")
// or a month ("Apr-25").
std::optional<core::Month> month_of_record(const io::Cell& cell);

// The cell of `row` in `column`, or nullptr when the row has nothing there.
const io::Cell* cell_at(const io::Row& row, std::uint32_t column);

}  // namespace scdash::mapping
