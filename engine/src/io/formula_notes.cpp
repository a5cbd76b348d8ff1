#include "io/formula_notes.hpp"

#include <fmt/format.h>

namespace scdash::io::detail {
namespace {

constexpr std::size_t kCellsNamed = 10;

}  // namespace

void FormulaNotes::note(core::CellRef cell) {
  if (notes_ == nullptr || ++count_ > kCellsNamed) {
    return;
  }
  notes_->push_back(core::Diagnostic::warning(
      "formula-without-value", "the cell has a formula but no saved result, so it reads as empty",
      core::Location::at_cell(sheet_.file, sheet_.sheet, cell),
      "open the file in Excel (or LibreOffice) and save it again, so that the results are "
      "calculated and saved"));
}

void FormulaNotes::finish() {
  if (notes_ != nullptr && count_ > kCellsNamed) {
    notes_->push_back(core::Diagnostic::warning(
        "formula-without-value",
        fmt::format("{} more cells have a formula but no saved result", count_ - kCellsNamed),
        sheet_));
  }
}

}  // namespace scdash::io::detail
