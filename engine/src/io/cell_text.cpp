// Writing cell values as text for `scdash cat` and `scdash inspect`.
#include "scdash/io/cell_text.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>

#include <fmt/format.h>

#include "scdash/core/calendar.hpp"
#include "scdash/core/json_writer.hpp"

namespace scdash::io {
namespace {

constexpr double kMillisecondsPerDay = 86'400'000;
constexpr double kPhantomLeapDay =
    60;  // 29 February 1900, which Excel counts and the calendar lacks

}  // namespace

std::string iso_8601(double serial) {
  if (!(serial >= 0 && serial < 2'958'466)) {
    return {};
  }
  // Milliseconds are the finest unit Excel shows; rounding to them absorbs the binary fraction
  // (13:45 is 0.572916666...), and may carry into the next day.
  auto milliseconds = static_cast<long long>(std::llround(serial * kMillisecondsPerDay));
  const long long days = milliseconds / static_cast<long long>(kMillisecondsPerDay);
  milliseconds -= days * static_cast<long long>(kMillisecondsPerDay);

  std::string date;
  if (days == static_cast<long long>(kPhantomLeapDay)) {
    date = "1900-02-29";
  } else if (days >= 1) {
    const auto civil = core::civil_date(static_cast<double>(days));
    if (!civil) {
      return {};
    }
    date = fmt::format("{:04}-{:02}-{:02}", civil->year, civil->month, civil->day);
  }
  if (milliseconds == 0 && !date.empty()) {
    return date;
  }
  const long long seconds = milliseconds / 1000;
  std::string time =
      fmt::format("{:02}:{:02}:{:02}", seconds / 3600, seconds / 60 % 60, seconds % 60);
  if (milliseconds % 1000 != 0) {
    time += fmt::format(".{:03}", milliseconds % 1000);
  }
  return date.empty() ? time : date + "T" + time;
}

std::string value_text(const Cell& cell) {
  switch (cell.type) {
    case CellType::number:
      return fmt::format("{}", cell.number);
    case CellType::date: {
      std::string text = iso_8601(cell.number);
      return text.empty() ? fmt::format("{}", cell.number) : text;
    }
    case CellType::boolean:
      return cell.number != 0 ? "TRUE" : "FALSE";
    case CellType::string:
    case CellType::error:
      return cell.text;
    case CellType::empty:
      return {};
  }
  return {};
}

void append_json_line(std::string& out, std::string_view sheet, const Cell& cell) {
  out += "{\"sheet\":";
  core::append_json_string(out, sheet);
  out += ",\"cell\":\"";
  out += core::to_a1(cell.ref);
  out += "\",\"type\":\"";
  out += cell_type_name(cell.type);
  out += "\",\"value\":";
  switch (cell.type) {
    case CellType::number:
      core::append_json_number(out, cell.number);
      break;
    case CellType::boolean:
      out += cell.number != 0 ? "true" : "false";
      break;
    case CellType::empty:
      out += "null";
      break;
    case CellType::date:
    case CellType::string:
    case CellType::error:
      core::append_json_string(out, value_text(cell));
      break;
  }
  out += '}';
}

void append_csv_line(std::string& out, std::string_view sheet, const Cell& cell) {
  append_csv_field(out, sheet);
  out += ',';
  out += core::to_a1(cell.ref);
  out += ',';
  out += cell_type_name(cell.type);
  out += ',';
  switch (cell.type) {
    case CellType::string:
    case CellType::error:
      append_csv_field(out, cell.text);  // not through value_text(), which copies it
      break;
    case CellType::number:
      fmt::format_to(std::back_inserter(out), "{}", cell.number);
      break;
    case CellType::boolean:
    case CellType::date:
    case CellType::empty:
      append_csv_field(out, value_text(cell));
      break;
  }
}

std::string range_a1(const CellRange& range) {
  return range.first == range.last ? core::to_a1(range.first)
                                   : core::to_a1(range.first) + ":" + core::to_a1(range.last);
}

void append_csv_field(std::string& out, std::string_view text) {
  // Not find_first_of, which calls memchr over the four characters for every byte of text.
  const auto needs_quotes = [](char c) { return c == ',' || c == '"' || c == '\r' || c == '\n'; };
  if (std::none_of(text.begin(), text.end(), needs_quotes)) {
    out += text;
    return;
  }
  out += '"';
  for (const char c : text) {
    if (c == '"') {
      out += '"';
    }
    out += c;
  }
  out += '"';
}

}  // namespace scdash::io
