#include "io/xls_sheet_reader.hpp"

#include <algorithm>
#include <map>
#include <optional>

#include <fmt/format.h>

#include "io/little_endian.hpp"
#include "io/xls_cells.hpp"
#include "io/xls_diagnostics.hpp"
#include "scdash/core/cell_ref.hpp"

namespace scdash::io::detail {
namespace {

// The records of a sheet's own substream, those of substreams nested in it (embedded charts)
// skipped.
class SheetRecords {
 public:
  SheetRecords(core::InputFile& stream, const XlsSheet& sheet, const core::Location& where)
      : records_(stream, sheet.stream_offset, where), where_(where), start_(sheet.stream_offset) {}

  // Reads the sheet's next record into `record`; false after the sheet's EOF record.
  core::Expected<bool, core::Diagnostic> next(BiffRecord& record) {
    if (depth_ == 0) {
      // Checked before reading a record, which a wrong offset would make of any two bytes.
      auto type = records_.peek_type();
      if (!type) {
        return core::unexpected(type.error());
      }
      if (*type != biff::kBof) {
        return core::unexpected(xls_corrupt(
            where_, fmt::format("the workbook says the sheet's records begin at byte {} of the "
                                "workbook stream, but no BOF record is there",
                                start_)));
      }
    }
    for (;;) {
      auto more = records_.next(record);
      if (!more) {
        return more;
      }
      if (!*more) {
        return core::unexpected(xls_corrupt(where_,
                                            "the workbook stream ends inside the sheet, before "
                                            "its EOF record: the file is truncated"));
      }
      if (record.type == biff::kBof) {
        ++depth_;
      } else if (record.type == biff::kEof) {
        if (--depth_ == 0) {
          return false;
        }
      } else if (depth_ == 1) {
        return true;
      }
    }
  }

 private:
  BiffRecordReader records_;
  const core::Location& where_;
  std::uint64_t start_;
  std::uint64_t depth_ = 0;  // of nested substreams; 1 inside the sheet's own
};

// Whether the sheet's cells come in row order, as far as its records can be read: the reading
// proper reports a failure where it occurs, after the rows before it.
bool rows_in_order(core::InputFile& stream, const XlsSheet& sheet, const core::Location& where) {
  SheetRecords records(stream, sheet, where);
  BiffRecord record;
  std::uint16_t previous = 0;
  for (;;) {
    auto more = records.next(record);
    if (!more || !*more) {
      return true;
    }
    if (holds_cells(record.type) && record.data.size() >= 2) {
      const std::uint16_t row = u16_at(record.data, 0);
      if (row < previous) {
        return false;
      }
      previous = row;
    }
  }
}

// Sorts a row's cells by column, keeping the last of cells written twice.
void settle(std::vector<Cell>& cells) {
  const auto by_column = [](const Cell& a, const Cell& b) { return a.ref.column < b.ref.column; };
  if (std::adjacent_find(cells.begin(), cells.end(), [](const Cell& a, const Cell& b) {
        return a.ref.column >= b.ref.column;
      }) == cells.end()) {
    return;
  }
  std::stable_sort(cells.begin(), cells.end(), by_column);
  auto kept = cells.begin();
  for (auto cell = cells.begin(); cell != cells.end(); ++cell) {
    const auto next = std::next(cell);
    if (next == cells.end() || next->ref.column != cell->ref.column) {
      if (kept != cell) {
        *kept = std::move(*cell);
      }
      ++kept;
    }
  }
  cells.erase(kept, cells.end());
}

// Gathers cells into rows and hands each row over once it is complete: when the next row begins
// in a sheet in row order, at the end otherwise.
class RowAssembler {
 public:
  RowAssembler(bool in_order, const RowHandler& on_row) : in_order_(in_order), on_row_(on_row) {}

  // Says that the next cells are in row `row`, which, in a sheet in row order, completes the
  // row before. False when on_row asked to stop.
  bool reach(std::uint32_t row) {
    if (in_order_ && !row_.cells.empty() && row != row_.index) {
      if (!hand_over()) {
        return false;
      }
    }
    row_.index = row;
    return true;
  }

  // False when on_row asked to stop.
  bool add(Cell&& cell) {
    if (!in_order_) {
      held_[cell.ref.row].push_back(std::move(cell));
      return true;
    }
    if (!reach(cell.ref.row)) {
      return false;
    }
    row_.cells.push_back(std::move(cell));
    return true;
  }

  // Hands over the rows not yet handed over; false when on_row asked to stop.
  bool finish() {
    for (auto& [index, cells] : held_) {
      row_.index = index;
      row_.cells = std::move(cells);
      if (!hand_over()) {
        return false;
      }
    }
    return row_.cells.empty() || hand_over();
  }

 private:
  bool hand_over() {
    settle(row_.cells);
    const bool go_on = on_row_(row_);
    row_.cells.clear();
    return go_on;
  }

  bool in_order_;
  const RowHandler& on_row_;
  Row row_;
  std::map<std::uint32_t, std::vector<Cell>> held_;  // by row, when not in order
};

core::Expected<void, core::Diagnostic> read_merged_ranges(const BiffRecord& record,
                                                          const core::Location& where,
                                                          std::vector<CellRange>& ranges) {
  BiffCursor cursor(record);
  const std::uint16_t count = cursor.u16();
  for (std::uint16_t i = 0; i < count && !cursor.overrun(); ++i) {
    const std::uint16_t first_row = cursor.u16();
    const std::uint16_t last_row = cursor.u16();
    const std::uint16_t first_column = cursor.u16();
    const std::uint16_t last_column = cursor.u16();
    if (std::max(first_column, last_column) >= core::kMaxColumns) {
      return core::unexpected(xls_corrupt(
          where, fmt::format("the merged range {} of record {:#06x} at byte {} reaches beyond "
                             "Excel's last column",
                             i + 1, record.type, record.offset)));
    }
    // Corners may come in any order; the range is the rectangle they span.
    ranges.push_back({{std::min(first_row, last_row), std::min(first_column, last_column)},
                      {std::max(first_row, last_row), std::max(first_column, last_column)}});
  }
  if (cursor.overrun()) {
    return core::unexpected(xls_corrupt(
        where, fmt::format("record {:#06x} at byte {} of the workbook stream holds fewer merged "
                           "ranges than it says",
                           record.type, record.offset)));
  }
  return {};
}

// Reads the sheet's records: merged ranges into `merged_ranges` when given, cells through
// `cells` into `rows` when given. Says whether the sheet was read to its end.
core::Expected<bool, core::Diagnostic> read_records(SheetRecords& records,
                                                    const core::Location& where, XlsCells* cells,
                                                    RowAssembler* rows,
                                                    std::vector<CellRange>* merged_ranges) {
  BiffRecord record;
  std::vector<Cell> decoded;
  for (;;) {
    auto more = records.next(record);
    if (!more || !*more) {
      return !more ? more
                   : core::Expected<bool, core::Diagnostic>(rows == nullptr || rows->finish());
    }
    if (record.type == biff::kMergeCells) {
      if (merged_ranges != nullptr) {
        if (auto read = read_merged_ranges(record, where, *merged_ranges); !read) {
          return core::unexpected(read.error());
        }
      }
    } else if (cells != nullptr) {
      // The rows before a cell's are complete, whatever becomes of the cell.
      if (holds_cells(record.type) && record.data.size() >= 2 &&
          !rows->reach(u16_at(record.data, 0))) {
        return false;
      }
      decoded.clear();
      if (auto read = cells->decode(record, decoded); !read) {
        return core::unexpected(read.error());
      }
      for (Cell& cell : decoded) {
        if (!rows->add(std::move(cell))) {
          return false;
        }
      }
    }
  }
}

}  // namespace

core::Expected<bool, core::Diagnostic> read_xls_sheet(
    core::InputFile& stream, const XlsGlobals& globals, const XlsSheet& sheet,
    const core::Location& where, const RowHandler* on_row, std::vector<CellRange>* merged_ranges,
    SheetNotes* notes) {
  if (!sheet.holds_cells) {
    return true;
  }
  std::optional<RowAssembler> rows;
  std::optional<XlsCells> cells;
  if (on_row != nullptr) {
    rows.emplace(rows_in_order(stream, sheet, where), *on_row);
    cells.emplace(globals, where, notes);
  }
  SheetRecords records(stream, sheet, where);
  auto complete = read_records(records, where, cells ? &*cells : nullptr, rows ? &*rows : nullptr,
                               merged_ranges);
  if (cells) {
    cells->finish();  // its notes stand however the reading ended
  }
  return complete;
}

}  // namespace scdash::io::detail
