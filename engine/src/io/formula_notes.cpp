#include "io/formula_notes.hpp"

#include <fmt/format.h>

namespace scdash::io::detail {
namespace {

// Cells listed, at most: a bound on memory for a hostile sheet of millions of them.
constexpr std::size_t kCellsListed = 1'000'000;

}  // namespace

void FormulaNotes::note(core::CellRef cell) {
  if (notes_ == nullptr) {
    return;
  }
  if (notes_->formulas_without_values.size() < kCellsListed) {
    notes_->formulas_without_values.push_back(cell);
  }
  if (++count_ > kFormulaCellsNamed) {
    return;
  }
  notes_->diagnostics.push_back(
      formula_without_value(core::Location::at_cell(sheet_.file, sheet_.sheet, cell)));
}

void FormulaNotes::finish() {
  if (notes_ != nullptr && count_ > kFormulaCellsNamed) {
    notes_->diagnostics.push_back(
        core::Diagnostic::warning("formula-without-value",
                                  fmt::format("{} more cells have a formula but no saved result",
                                              count_ - kFormulaCellsNamed),
                                  sheet_));
  }
}

}  // namespace scdash::io::detail

namespace scdash::io {

core::Diagnostic formula_without_value(core::Location where) {
  return core::Diagnostic::warning(
      "formula-without-value", "the cell has a formula but no saved result, so it reads as empty",
      std::move(where),
      "open the file in Excel (or LibreOffice) and save it again, so that the results are "
      "calculated and saved");
}

}  // namespace scdash::io
