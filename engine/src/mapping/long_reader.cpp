// The long shape: one figure per row, with columns for its area, period and measure (any of
// which the mapping may fix instead) and one for its value.
#include <array>
#include <optional>

#include <fmt/format.h>

#include "mapping/cell_reading.hpp"
#include "mapping/row_filter.hpp"
#include "mapping/shape_readers.hpp"

namespace scdash::mapping {
namespace {

// The area first: a row outside the partnership is left out before its other columns are
// judged.
constexpr std::array<Dimension, 3> kDimensions = {Dimension::area, Dimension::measure,
                                                  Dimension::period};

class LongReader final : public ShapeReader {
 public:
  LongReader(const Table& table, const Resolver& resolver, const Dimensions& fixed,
             FigureSink& sink)
      : table_(table),
        resolver_(resolver),
        fixed_(fixed),
        sink_(sink),
        filter_(table.where),
        rolling_(sink.mapping().rolling_12_months) {}

  std::vector<const ColumnRef*> required_columns() const override {
    std::vector<const ColumnRef*> columns = {&table_.value_column};
    for (const Dimension dimension : kDimensions) {
      if (table_.column_of(dimension).given()) {
        columns.push_back(&table_.column_of(dimension));
      }
    }
    return columns;
  }

  bool on_header(const HeaderRow& header) override {
    const auto value = header.locate(table_.value_column, sink_);
    bool ok = value.has_value();
    value_column_ = value.value_or(0);
    for (std::size_t i = 0; i < kDimensions.size(); ++i) {
      const ColumnRef& column = table_.column_of(kDimensions[i]);
      if (column.given()) {
        columns_[i] = header.locate(column, sink_);
        ok = ok && columns_[i].has_value();
      }
    }
    return filter_.locate(header, sink_) && ok;
  }

  void on_row(const io::Row& row) override {
    const io::Cell* value = cell_at(row, value_column_);
    if (value == nullptr || is_blank(*value)) {
      return;
    }
    sink_.add_region(1);
    if (sink_.blocked()) {
      sink_.count_reported(1);
      return;
    }
    if (!filter_.passes(row)) {
      sink_.count_excluded(1);
      return;
    }
    Dimensions from_table;
    for (std::size_t i = 0; i < kDimensions.size(); ++i) {
      if (!columns_[i]) {
        continue;
      }
      const core::CellRef ref{row.index, *columns_[i]};
      const io::Cell* cell = cell_at(row, *columns_[i]);
      const Resolution resolved = cell ? resolver_.resolve_column(kDimensions[i], *cell, rolling_)
                                       : resolver_.resolve_text(kDimensions[i], "", rolling_);
      if (is_outside(resolved)) {
        sink_.count_excluded(1);
        return;
      }
      if (!resolved) {
        const Unresolved& problem = resolved.error();
        sink_.reject(
            1, core::Diagnostic::error(problem.code,
                                       problem.said(fmt::format(", so the figure in {} is not used",
                                                                core::to_a1(value->ref))),
                                       sink_.at(ref), problem.hint));
        return;
      }
      from_table.of(kDimensions[i]) = *resolved;
    }
    sink_.figure(*value, figure_key(from_table, fixed_, table_.line));
  }

  std::vector<std::uint32_t> columns_read() const override {
    std::vector<std::uint32_t> columns = filter_.columns();
    columns.push_back(value_column_);
    for (const auto& column : columns_) {
      if (column) {
        columns.push_back(*column);
      }
    }
    return columns;
  }

  bool looks_like_data(const io::Row& row) const override {
    const io::Cell* value = cell_at(row, value_column_);
    if (value == nullptr || is_blank(*value)) {
      return false;
    }
    for (std::size_t i = 0; i < kDimensions.size(); ++i) {
      if (!columns_[i]) {
        continue;
      }
      const io::Cell* cell = cell_at(row, *columns_[i]);
      if (cell == nullptr) {
        return false;
      }
      const Resolution resolved = resolver_.resolve_column(kDimensions[i], *cell, rolling_);
      if (!resolved && !is_outside(resolved)) {
        return false;
      }
    }
    return true;
  }

 private:
  const Table& table_;
  const Resolver& resolver_;
  const Dimensions& fixed_;
  FigureSink& sink_;
  RowFilter filter_;
  const bool rolling_;
  std::uint32_t value_column_ = 0;
  std::array<std::optional<std::uint32_t>, 3> columns_;  // by kDimensions
};

}  // namespace

std::unique_ptr<ShapeReader> make_long_reader(const Table& table, const Resolver& resolver,
                                              const Dimensions& fixed, FigureSink& sink) {
  return std::make_unique<LongReader>(table, resolver, fixed, sink);
}

}  // namespace scdash::mapping
