// The wide shape: labels down one column (areas, periods or measures) and figures across the
// columns under headings of another dimension; the third comes from the mapping.
#include <map>
#include <set>

#include <fmt/format.h>

#include "mapping/cell_reading.hpp"
#include "mapping/shape_readers.hpp"
#include "scdash/io/cell_text.hpp"

namespace scdash::mapping {
namespace {

Dimension down_dimension(const Table& table) {
  for (const Dimension dimension : {Dimension::area, Dimension::period, Dimension::measure}) {
    if (table.column_of(dimension).given()) {
      return dimension;
    }
  }
  return Dimension::area;
}

bool same_meaning(const Resolved& a, const Resolved& b) {
  return a.id == b.id && a.period == b.period;
}

class WideReader final : public ShapeReader {
 public:
  WideReader(const Table& table, const Resolver& resolver, const Dimensions& fixed,
             FigureSink& sink)
      : table_(table),
        resolver_(resolver),
        fixed_(fixed),
        sink_(sink),
        down_(down_dimension(table)),
        rolling_(sink.mapping().rolling_12_months) {}

  std::vector<const ColumnRef*> required_columns() const override {
    return {&table_.column_of(down_)};
  }

  bool on_header(const HeaderRow& header) override {
    const auto label_column = header.locate(table_.column_of(down_), sink_);
    if (!label_column) {
      return false;
    }
    label_column_ = *label_column;
    for (const auto& cell : header.row().cells) {
      // A second label heading is reported by locate() and holds no figures.
      if (!is_blank(cell) && !HeaderRow::heads(cell, table_.column_of(down_))) {
        read_heading(cell);
      }
    }
    note_ignored_headings();
    if (columns_.empty()) {
      sink_.note(core::Diagnostic::error(
          table_.across == Dimension::period
              ? std::string("mapping-no-months")
              : fmt::format("mapping-no-{}-columns", dimension_name(table_.across)),
          fmt::format("the header row has no {} headings, so there are no figures to read",
                      dimension_name(table_.across)),
          sink_.at({header.row().index, 0}),
          table_.across == Dimension::period
              ? "month headings may be dates or text such as 'Apr-25', 'April 2025' or 'Q2 "
                "2025/26'"
              : "check the mapping's 'across' and its lookups"));
      return false;
    }
    return true;
  }

  void on_row(const io::Row& row) override {
    std::vector<const io::Cell*> figures;
    std::size_t rejected = 0;
    const io::Cell* label = nullptr;
    for (const auto& cell : row.cells) {
      if (cell.ref.column == label_column_) {
        label = &cell;
      } else if (is_blank(cell)) {
        continue;
      } else if (columns_.contains(cell.ref.column)) {
        figures.push_back(&cell);
      } else if (rejected_columns_.contains(cell.ref.column)) {
        ++rejected;  // covered by the report on its heading
      }
    }
    sink_.add_region(figures.size() + rejected);
    sink_.count_reported(rejected);
    if (figures.empty()) {
      return;
    }
    if (sink_.blocked()) {
      sink_.count_reported(figures.size());
      return;
    }
    const core::CellRef label_ref{row.index, label_column_};
    const Resolution resolved = label ? resolver_.resolve_column(down_, *label, rolling_)
                                      : resolver_.resolve_text(down_, "", rolling_);
    if (is_outside(resolved)) {
      sink_.count_excluded(figures.size());
      return;
    }
    if (!resolved) {
      const Unresolved& problem = resolved.error();
      const bool missing = problem.code.ends_with("-missing");
      sink_.reject(figures.size(),
                   core::Diagnostic::error(
                       problem.code,
                       missing ? fmt::format("row {} has {} figure(s) but no {}", row.index + 1,
                                             figures.size(), dimension_name(down_))
                               : problem.said(fmt::format(", so its {} figure(s) are not used",
                                                          figures.size())),
                       sink_.at(label_ref), problem.hint));
      return;
    }
    Dimensions from_table;
    from_table.of(down_) = *resolved;
    for (const io::Cell* cell : figures) {
      from_table.of(table_.across) = columns_.at(cell->ref.column);
      sink_.figure(*cell, figure_key(from_table, fixed_, table_.line));
    }
  }

  std::vector<std::uint32_t> columns_read() const override {
    std::vector<std::uint32_t> columns = {label_column_};
    for (const auto& [column, meaning] : columns_) {
      columns.push_back(column);
    }
    columns.insert(columns.end(), rejected_columns_.begin(), rejected_columns_.end());
    return columns;
  }

  bool looks_like_data(const io::Row& row) const override {
    const io::Cell* label = cell_at(row, label_column_);
    if (label == nullptr) {
      return false;
    }
    const Resolution resolved = resolver_.resolve_column(down_, *label, rolling_);
    if (!resolved && !is_outside(resolved)) {
      return false;
    }
    for (const auto& [column, meaning] : columns_) {
      const io::Cell* cell = cell_at(row, column);
      if (cell && !is_blank(*cell)) {
        return true;
      }
    }
    return false;
  }

 private:
  void read_heading(const io::Cell& cell) {
    const Resolution resolved = resolver_.resolve(table_.across, cell, rolling_);
    if (!resolved) {
      if (!resolved.error().suggestion.empty()) {
        rejected_columns_.insert(cell.ref.column);
        sink_.note(core::Diagnostic::error(
            resolved.error().code,
            resolved.error().said(fmt::format(" heads column {}, so its figures are not used",
                                              core::column_name(cell.ref.column))),
            sink_.at(cell.ref), resolved.error().hint));
      } else {
        ignored_.push_back(&cell);
      }
      return;
    }
    for (const auto& [column, meaning] : columns_) {
      if (same_meaning(meaning, *resolved)) {
        rejected_columns_.insert(cell.ref.column);
        sink_.note(core::Diagnostic::error(
            "mapping-duplicate-header",
            fmt::format("{} heads two columns ({} and {}); the second is not read",
                        table_.across == Dimension::period ? resolved->period.label()
                                                           : "'" + io::value_text(cell) + "'",
                        core::column_name(column), core::column_name(cell.ref.column)),
            sink_.at(cell.ref)));
        return;
      }
    }
    columns_.emplace(cell.ref.column, *resolved);
  }

  // The headings that are nothing the table reads, each named; beyond a few, as one note, so
  // that a table of many other columns (ONS's 91 single years of age) does not bury the rest.
  void note_ignored_headings() {
    const std::string_view kind = table_.across == Dimension::period ? "a month or period"
                                  : table_.across == Dimension::area ? "a known area"
                                                                     : "a known measure";
    if (ignored_.size() <= kIgnoredNamed) {
      for (const io::Cell* cell : ignored_) {
        sink_.note(core::Diagnostic::info(
            "mapping-column-ignored",
            fmt::format("column '{}' is not {}, so it is not read", io::value_text(*cell), kind),
            sink_.at(cell->ref)));
      }
    } else {
      std::vector<std::string> names;
      for (std::size_t i = 0; i < kIgnoredNamed; ++i) {
        names.push_back(fmt::format("'{}'", io::value_text(*ignored_[i])));
      }
      sink_.note(core::Diagnostic::info(
          "mapping-column-ignored",
          fmt::format("{} columns, {} to {}, are not {}, so they are not read: {} and {} more",
                      ignored_.size(), core::column_name(ignored_.front()->ref.column),
                      core::column_name(ignored_.back()->ref.column), kind, fmt::join(names, ", "),
                      ignored_.size() - kIgnoredNamed),
          sink_.at(ignored_.front()->ref)));
    }
    ignored_.clear();
  }

  static constexpr std::size_t kIgnoredNamed = 5;

  const Table& table_;
  const Resolver& resolver_;
  const Dimensions& fixed_;
  FigureSink& sink_;
  const Dimension down_;
  const bool rolling_;
  std::uint32_t label_column_ = 0;
  std::map<std::uint32_t, Resolved> columns_;  // figure columns and what their headings mean
  std::set<std::uint32_t> rejected_columns_;   // headings reported as errors
  std::vector<const io::Cell*> ignored_;       // headings of columns not read, while on_header
};

}  // namespace

std::unique_ptr<ShapeReader> make_wide_reader(const Table& table, const Resolver& resolver,
                                              const Dimensions& fixed, FigureSink& sink) {
  return std::make_unique<WideReader>(table, resolver, fixed, sink);
}

}  // namespace scdash::mapping
