#include "mapping/table_scanner.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "mapping/cell_reading.hpp"
#include "scdash/core/text.hpp"
#include "scdash/io/cell_text.hpp"

namespace scdash::mapping {

bool HeaderRow::heads(const io::Cell& cell, const ColumnRef& column) {
  if (is_blank(cell)) {
    return false;
  }
  const std::string text = core::normalise_label(io::value_text(cell));
  if (text == core::normalise_label(column.header.text)) {
    return true;
  }
  return std::any_of(column.aliases.begin(), column.aliases.end(), [&](const std::string& alias) {
    return text == core::normalise_label(alias);
  });
}

bool HeaderRow::has(const ColumnRef& column) const {
  return std::any_of(row_.cells.begin(), row_.cells.end(),
                     [&](const io::Cell& cell) { return heads(cell, column); });
}

std::optional<std::uint32_t> HeaderRow::locate(const ColumnRef& column, FigureSink& sink) const {
  std::vector<const io::Cell*> matches;
  std::vector<std::string> headings;
  for (const auto& cell : row_.cells) {
    if (heads(cell, column)) {
      matches.push_back(&cell);
    } else if (!is_blank(cell)) {
      headings.push_back(io::value_text(cell));
    }
  }
  if (matches.empty()) {
    report_missing(column, core::closest_match(column.header.text, headings), sink);
    return std::nullopt;
  }
  if (matches.size() > 1) {
    sink.note(core::Diagnostic::error(
        "mapping-duplicate-header",
        fmt::format("two columns are headed '{}' ({} and {}); the first is read",
                    io::value_text(*matches[0]), core::column_name(matches[0]->ref.column),
                    core::column_name(matches[1]->ref.column)),
        sink.at(matches[1]->ref), "rename or remove one of them in the return"));
  }
  return matches.front()->ref.column;
}

void HeaderRow::report_missing(const ColumnRef& column, const std::string& suggestion,
                               FigureSink& sink) const {
  sink.note(core::Diagnostic::error(
      "mapping-column-missing",
      fmt::format("the header row has no column '{}'{}", column.header.text,
                  suggestion.empty() ? "" : fmt::format("; did you mean '{}'?", suggestion)),
      sink.at({row_.index, 0}),
      fmt::format("{} names the column; if the partner renamed it, add the new heading to its "
                  "'aliases'",
                  sink.mapping_place(column.header))));
}

bool TableScanner::is_header(const io::Row& row) const {
  if (table_.header_label) {
    const std::string wanted = core::normalise_label(table_.header_label->text);
    return std::any_of(row.cells.begin(), row.cells.end(), [&](const io::Cell& cell) {
      return cell.type == io::CellType::string && core::normalise_label(cell.text) == wanted;
    });
  }
  const HeaderRow header(row);
  const auto required = reader_.required_columns();
  return !required.empty() && std::all_of(required.begin(), required.end(),
                                          [&](const ColumnRef* c) { return header.has(*c); });
}

void TableScanner::consider_partial_header(const io::Row& row) {
  if (table_.header_label) {
    return;  // the header row is found by its label, not by its columns
  }
  const HeaderRow header(row);
  const auto required = reader_.required_columns();
  const auto present = static_cast<std::size_t>(std::count_if(
      required.begin(), required.end(), [&](const ColumnRef* c) { return header.has(*c); }));
  if (2 * present > required.size() && present > partial_header_columns_) {
    partial_header_ = row;
    partial_header_columns_ = present;
  }
}

bool TableScanner::is_stop_row(const io::Row& row) const {
  const auto first = std::find_if(row.cells.begin(), row.cells.end(),
                                  [](const io::Cell& cell) { return !is_blank(cell); });
  if (first == row.cells.end() || table_.stop_labels.empty()) {
    return false;
  }
  const std::string text = core::normalise_label(io::value_text(*first));
  return std::any_of(table_.stop_labels.begin(), table_.stop_labels.end(),
                     [&](const std::string& stop) { return core::normalise_label(stop) == text; });
}

bool TableScanner::on_row(const io::Row& row) {
  switch (state_) {
    case State::looking:
      if (row.index >= static_cast<std::uint32_t>(table_.search_rows)) {
        return false;
      }
      if (!is_header(row)) {
        consider_partial_header(row);
        return true;
      }
      last_index_ = row.index;
      rows_ = TableRows{row.index, row.index};
      state_ = reader_.on_header(HeaderRow(row)) ? State::reading : State::failed;
      return state_ == State::reading;
    case State::ended:
      if (!is_blank_row(row)) {
        rows_below_ += 1;
      }
      return true;
    case State::stopped:
    case State::failed:
      return false;
    case State::reading:
    case State::after_blank:
      break;
  }
  const bool blank = is_blank_row(row);
  // Rows absent from the file between two rows are blank rows too. Extracts of records have
  // no notes below them, so there a blank row is passed over whatever follows it.
  if (seen_data_ && state_ == State::reading && table_.shape != Shape::records &&
      (blank || row.index > last_index_ + 1)) {
    state_ = State::after_blank;
    blank_row_ = last_index_ + 1;
  }
  last_index_ = row.index;
  if (blank) {
    return true;
  }
  if (is_stop_row(row)) {
    state_ = State::stopped;  // ended on purpose: nothing below is the table's
    return false;
  }
  if (state_ == State::after_blank) {
    if (!reader_.looks_like_data(row)) {
      state_ = State::ended;
      rows_below_ = 1;
      first_row_below_ = row.index;
      return true;
    }
    state_ = State::reading;
  }
  seen_data_ = true;
  rows_->last = row.index;
  reader_.on_row(row);
  return true;
}

void TableScanner::finish(std::uint32_t rows_seen) {
  if (state_ == State::looking && partial_header_) {
    // Most of the columns are there: name the ones that are not, each with the nearest of
    // the headings no other column claims, or the only one, which is likely its new name.
    const HeaderRow header(*partial_header_);
    const auto required = reader_.required_columns();
    std::vector<std::string> unclaimed;
    for (const auto& cell : partial_header_->cells) {
      if (!is_blank(cell) &&
          std::none_of(required.begin(), required.end(),
                       [&](const ColumnRef* c) { return HeaderRow::heads(cell, *c); })) {
        unclaimed.push_back(io::value_text(cell));
      }
    }
    for (const ColumnRef* column : required) {
      if (!header.has(*column)) {
        std::string suggestion = core::closest_match(column->header.text, unclaimed);
        if (suggestion.empty() && unclaimed.size() == 1) {
          suggestion = unclaimed.front();
        }
        header.report_missing(*column, suggestion, sink_);
      }
    }
    return;
  }
  if (state_ == State::looking) {
    const std::uint32_t searched =
        std::min<std::uint32_t>(rows_seen, static_cast<std::uint32_t>(table_.search_rows));
    std::string wanted;
    if (table_.header_label) {
      wanted = fmt::format("no cell reading '{}' in the first {} rows", table_.header_label->text,
                           searched);
    } else {
      std::vector<std::string> headings;
      for (const ColumnRef* column : reader_.required_columns()) {
        headings.push_back(column->header.text);
      }
      wanted = fmt::format("no row in the first {} rows has the headings '{}'", searched,
                           fmt::join(headings, "', '"));
    }
    sink_.note(core::Diagnostic::error(
        "mapping-header-not-found", std::move(wanted),
        core::Location::in_sheet(sink_.file(), sink_.sheet()),
        fmt::format("{} says how to find the header row; run 'scdash inspect' on the file to see "
                    "its first rows",
                    table_.header_label
                        ? sink_.mapping_place(*table_.header_label)
                        : fmt::format("{}:{}", sink_.mapping().file, table_.line))));
    return;
  }
  if (state_ == State::ended && rows_below_ > 0) {
    sink_.note(core::Diagnostic::info(
        "mapping-rows-below-table",
        fmt::format("the table ends at blank row {}; {} non-blank row(s) below it, from row {}, "
                    "are not read",
                    blank_row_ + 1, rows_below_, first_row_below_ + 1),
        sink_.at({first_row_below_, 0}),
        "if they belong to the table, check their labels: a row after a blank row is read when "
        "its labels are known"));
  }
  if (state_ != State::failed) {
    reader_.finish();
  }
}

}  // namespace scdash::mapping
