// Cell text: a cell's value written out, the way `scdash cat` and `scdash inspect` show it.
//
// The forms are chosen so that another tool's reading can be compared with scdash's exactly:
// numbers in the shortest text that reads back as the same double, dates in ISO 8601.
//
//   scdash::io::value_text(cell);               // "42", "2025-09-30", "TRUE"
//   scdash::io::append_json_line(out, "Data", cell);  // {"sheet":"Data","cell":"B7",...}
#pragma once

#include <string>
#include <string_view>

#include "scdash/io/cell.hpp"

namespace scdash::io {

// "42", "0.1", "2025-09-30", "2025-09-30T13:45:00", "13:45:00", "TRUE", "#N/A", or the text.
// A date whose serial is no day of the calendar (before 1900, after 9999) is shown as its number.
std::string value_text(const Cell& cell);

// A date serial (1900 system) in ISO 8601: the date, the date and time ("T" between), or, below
// 1, the time alone; seconds carry milliseconds when they have any. Excel's phantom 29 February
// 1900 (serial 60) is shown as Excel shows it, "1900-02-29". Empty outside 0 to 9999-12-31.
std::string iso_8601(double serial);

// One JSON object on one line, without the newline:
// {"sheet":"Data","cell":"B7","type":"number","value":42}. Strings, errors and dates have a string
// value, numbers a number, booleans true or false.
void append_json_line(std::string& out, std::string_view sheet, const Cell& cell);

// One CSV line without the newline: sheet,cell,type,value ("Data,B7,number,42"), fields quoted
// as append_csv_field() does.
void append_csv_line(std::string& out, std::string_view sheet, const Cell& cell);

// "A1:C4" for a range, or "B2" for a range of one cell.
std::string range_a1(const CellRange& range);

// Appends `text` as one CSV field (RFC 4180): quoted when it holds a comma, a quote or a line
// break, with quotes doubled.
void append_csv_field(std::string& out, std::string_view text);

}  // namespace scdash::io
