// FormulaNotes: the formula-without-value warnings of one sheet's reading, and the list of the
// cells behind them.
//
// Writers that do not calculate (most libraries, and Excel itself when saving with manual
// calculation) leave formulas without a result: the cell's value is unknown, not blank, which the
// analyst must hear. The first cells are named one by one, the rest counted in one note, so that a
// sheet of uncalculated formulas does not bury every other note.
#pragma once

#include <cstddef>

#include "scdash/core/diagnostic.hpp"
#include "scdash/io/workbook.hpp"

namespace scdash::io::detail {

class FormulaNotes {
 public:
  // Notes go to `notes`, when given, located in `sheet` (file and sheet).
  FormulaNotes(SheetNotes* notes, core::Location sheet) : notes_(notes), sheet_(std::move(sheet)) {}

  void note(core::CellRef cell);
  // Adds the count of the cells beyond those noted one by one.
  void finish();

 private:
  SheetNotes* notes_;
  core::Location sheet_;
  std::size_t count_ = 0;
};

}  // namespace scdash::io::detail
