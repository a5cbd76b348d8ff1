// The readers of each layout: the three table shapes, streamed through a TableScanner, and
// the form, read from the cells gathered in the sheet's first pass.
#pragma once

#include <memory>

#include "mapping/dimensions.hpp"
#include "mapping/figure_sink.hpp"
#include "mapping/resolver.hpp"
#include "mapping/sheet_context.hpp"
#include "mapping/table_scanner.hpp"

namespace scdash::mapping {

// Labels down one column, figures across the columns whose headings are periods, areas or
// measures.
std::unique_ptr<ShapeReader> make_wide_reader(const Table& table, const Resolver& resolver,
                                              const Dimensions& fixed, FigureSink& sink);

// One figure per row, its dimensions in columns (or fixed), its value in value_column.
std::unique_ptr<ShapeReader> make_long_reader(const Table& table, const Resolver& resolver,
                                              const Dimensions& fixed, FigureSink& sink);

// One record per row, counted or summed into figures by measure, area and month as the rows
// pass; only the running totals are kept, so a million-row extract needs little memory.
std::unique_ptr<ShapeReader> make_records_reader(const Table& table, const Resolver& resolver,
                                                 const Dimensions& fixed, FigureSink& sink);

// The form's cells, each one figure.
void read_form(const Resolver& resolver, const SheetContext& context, const Dimensions& fixed,
               FigureSink& sink);

}  // namespace scdash::mapping
