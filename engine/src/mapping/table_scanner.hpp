// TableScanner: finds a table on a streamed sheet and hands its rows to a shape reader.
//
// Shared by the wide, long and records shapes: the header row is the first of the top
// `within_rows` rows with a cell reading `find_header` (or, without it, holding every column
// the shape needs); the table runs from the next non-blank row to a row starting with a stop
// label, the end of the sheet, or a blank row whose next non-blank row does not look like
// more of the table (so a stray blank row inside a table is harmless, and notes below it are
// not read as figures). A records table's blank rows are passed over.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "mapping/figure_sink.hpp"
#include "scdash/io/cell.hpp"
#include "scdash/mapping/mapping.hpp"

namespace scdash::mapping {

// The header row, for finding columns by their headings.
class HeaderRow {
 public:
  explicit HeaderRow(const io::Row& row) : row_(row) {}

  const io::Row& row() const { return row_; }
  bool has(const ColumnRef& column) const;
  // Whether `cell` reads the column's heading or one of its aliases.
  static bool heads(const io::Cell& cell, const ColumnRef& column);
  // The column `column` heads, or nullopt with an error in `sink` when no heading (nor alias)
  // matches; when two do, the first is used and the second reported.
  std::optional<std::uint32_t> locate(const ColumnRef& column, FigureSink& sink) const;
  // Reports that the row lacks `column`, suggesting a heading when one is given.
  void report_missing(const ColumnRef& column, const std::string& suggestion,
                      FigureSink& sink) const;

 private:
  const io::Row& row_;
};

// What a shape does with its table.
class ShapeReader {
 public:
  virtual ~ShapeReader() = default;
  // The columns whose headings mark the header row when the table has no find_header.
  virtual std::vector<const ColumnRef*> required_columns() const = 0;
  // False when the table cannot be read (its errors reported).
  virtual bool on_header(const HeaderRow& header) = 0;
  virtual void on_row(const io::Row& row) = 0;
  // Whether a row after a blank row continues the table: its labels are known.
  virtual bool looks_like_data(const io::Row& row) const = 0;
  virtual void finish() {}
  // The columns whose cells it reads, once on_header has found them.
  virtual std::vector<std::uint32_t> columns_read() const = 0;
};

// The rows of a table a scanner handed to its reader (0-based, inclusive).
struct TableRows {
  std::uint32_t first = 0;
  std::uint32_t last = 0;
};

class TableScanner {
 public:
  TableScanner(const Table& table, FigureSink& sink, ShapeReader& reader)
      : table_(table), sink_(sink), reader_(reader) {}

  // Returns false when the rest of the sheet need not be read.
  bool on_row(const io::Row& row);
  // Called when the sheet has been read: reports a header row never found, rows left below.
  void finish(std::uint32_t rows_seen);
  // The rows of the table, from the header's to the last read; nullopt when none was found.
  std::optional<TableRows> rows() const { return rows_; }

 private:
  enum class State { looking, reading, after_blank, ended, stopped, failed };

  bool is_header(const io::Row& row) const;
  bool is_stop_row(const io::Row& row) const;
  // Keeps `row` when it holds more than half of the table's columns, and more than any row
  // before it: the header row of a layout whose partner renamed or removed a column.
  void consider_partial_header(const io::Row& row);

  const Table& table_;
  FigureSink& sink_;
  ShapeReader& reader_;
  State state_ = State::looking;
  bool seen_data_ = false;
  std::uint32_t last_index_ = 0;
  std::uint32_t blank_row_ = 0;   // the blank row that may end the table
  std::uint32_t rows_below_ = 0;  // non-blank rows after the end, not read
  std::uint32_t first_row_below_ = 0;
  std::optional<TableRows> rows_;
  std::optional<io::Row> partial_header_;
  std::size_t partial_header_columns_ = 0;
};

}  // namespace scdash::mapping
