// The form layout: figures in fixed cells (MARAC returns), each checked against the label
// beside it when the mapping gives one, so that a form whose rows have moved is not misread.
#include <algorithm>

#include <fmt/format.h>

#include "mapping/cell_reading.hpp"
#include "mapping/shape_readers.hpp"
#include "scdash/core/text.hpp"

namespace scdash::mapping {
namespace {

// The texts to the left of `cell` in its row, and whether one of them holds `label`.
bool has_label(const SheetContext& context, core::CellRef cell, const std::string& label,
               std::string& row_text) {
  const io::Row* row = context.row(cell.row);
  const std::string wanted = core::normalise_label(label);
  bool found = false;
  if (row == nullptr) {
    return false;
  }
  for (const auto& other : row->cells) {
    if (other.ref.column >= cell.column || other.type != io::CellType::string || is_blank(other)) {
      continue;
    }
    row_text += (row_text.empty() ? "" : " | ") + other.text;
    found = found || core::normalise_label(other.text).find(wanted) != std::string::npos;
  }
  return found;
}

const DimensionSource& own_source(const FormCell& cell, Dimension dimension) {
  switch (dimension) {
    case Dimension::measure:
      return cell.measure;
    case Dimension::area:
      return cell.area;
    case Dimension::period:
      break;
  }
  return cell.period;
}

}  // namespace

void read_form(const Resolver& resolver, const SheetContext& context, const Dimensions& fixed,
               FigureSink& sink) {
  const Mapping& mapping = sink.mapping();
  for (const FormCell& form_cell : mapping.cells) {
    const io::Cell* cell = context.cell(form_cell.cell);
    if (cell == nullptr) {
      sink.note(core::Diagnostic::warning(
          "form-cell-empty",
          fmt::format("{} is empty, so it gives no figure", core::to_a1(form_cell.cell)),
          sink.at(form_cell.cell),
          fmt::format("{} reads this cell", sink.mapping_place(form_cell.address))));
      continue;
    }
    sink.add_region(1);
    std::string row_text;
    if (form_cell.label && !has_label(context, form_cell.cell, form_cell.label->text, row_text)) {
      sink.reject(1, core::Diagnostic::error(
                         "mapping-form-label-missing",
                         fmt::format("{} should be beside '{}', but its row reads '{}'; the form "
                                     "may have changed, so the figure is not used",
                                     core::to_a1(form_cell.cell), form_cell.label->text, row_text),
                         sink.at(form_cell.cell),
                         fmt::format("{} says where the figure is",
                                     sink.mapping_place(form_cell.address))));
      continue;
    }
    const bool rolling = form_cell.rolling_12_months.value_or(mapping.rolling_12_months);
    Dimensions own;
    bool failed = false;
    for (const Dimension dimension : {Dimension::measure, Dimension::area, Dimension::period}) {
      const DimensionSource& source = own_source(form_cell, dimension);
      if (source.given()) {
        own.of(dimension) =
            resolve_source(source, dimension, rolling, resolver, context, sink, failed);
      } else if (dimension == Dimension::period && rolling != mapping.rolling_12_months &&
                 fixed.period) {
        // The mapping's period, read again with this cell's own rolling_12_months.
        own.of(dimension) =
            resolve_source(mapping.period, dimension, rolling, resolver, context, sink, failed);
      } else if (!fixed.of(dimension)) {
        failed = true;  // the mapping's own source failed, and was reported
      }
    }
    if (failed) {
      sink.count_reported(1);
      continue;
    }
    FigureKey key = figure_key(own, fixed, form_cell.address.line);
    key.mapping_line = form_cell.address.line;  // the form's line for this cell says it all
    sink.figure(*cell, key);
  }
}

}  // namespace scdash::mapping
