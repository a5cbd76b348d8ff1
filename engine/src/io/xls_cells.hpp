// XlsCells: the cell records of an .xls sheet, decoded into scdash's typed cells.
//
//   LABELSST            a string of the shared-string table (BIFF8)
//   LABEL, RSTRING      a string held in the record (rich-text runs skipped)
//   NUMBER, RK, MULRK   numbers (RK packs an integer or a shortened double, perhaps x100), and
//                       dates when the cell's format shows a date or time
//   BOOLERR             TRUE or FALSE, or an error value such as #N/A
//   FORMULA             the result Excel saved: a number (or date), a boolean, an error, or a
//                       string given by the STRING record that follows
//
// BLANK and MULBLANK (formatted empty cells), empty text and formulas whose result is the empty
// string are not delivered, as empty cells are not. A formula whose STRING record never comes
// has no saved result: it is noted (formula-without-value) and reads as empty. BIFF5 text in a
// code page scdash does not convert is noted too (xls-unsupported-code-page).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "io/biff_records.hpp"
#include "io/formula_notes.hpp"
#include "io/xls_globals.hpp"

namespace scdash::io::detail {

// Whether records of `type` hold cells that are delivered; each begins with the cell's row.
bool holds_cells(std::uint16_t type);

class XlsCells {
 public:
  // Diagnostics and notes are located in `sheet` (file and sheet).
  XlsCells(const XlsGlobals& globals, core::Location sheet, SheetNotes* notes);

  // Appends the cells `record` holds to `cells`; a STRING record completes the formula before
  // it. Fails for a record that does not hold what its type says (xls-corrupt), a value outside
  // its kind (xls-bad-value) or a shared string the table lacks (xls-bad-shared-string).
  core::Expected<void, core::Diagnostic> decode(const BiffRecord& record, std::vector<Cell>& cells);

  // Ends the sheet's notes: a formula still waiting for its STRING record, the count of
  // formulas without a result, and text in a code page scdash does not convert.
  void finish();

 private:
  core::Expected<void, core::Diagnostic> decode_cell(const BiffRecord& record, BiffCursor& cursor,
                                                     std::vector<Cell>& cells);
  core::Expected<void, core::Diagnostic> decode_formula(BiffCursor& cursor, core::CellRef ref,
                                                        std::uint16_t xf, std::vector<Cell>& cells);
  // Fails for a number that is not finite (xls-bad-value), which Excel cannot hold.
  core::Expected<void, core::Diagnostic> add_number(core::CellRef ref, std::uint16_t xf,
                                                    double number, std::vector<Cell>& cells);
  core::Expected<void, core::Diagnostic> add_error(core::CellRef ref, std::uint8_t code,
                                                   std::vector<Cell>& cells);
  core::Expected<void, core::Diagnostic> add_boolean(core::CellRef ref, std::uint8_t value,
                                                     std::vector<Cell>& cells);
  void add_text(core::CellRef ref, std::string text, std::vector<Cell>& cells);
  void drop_pending_formula();
  core::Diagnostic cell_error(std::string code, core::CellRef ref, std::string message) const;
  core::Diagnostic too_short(const BiffRecord& record) const;

  const XlsGlobals& globals_;
  core::Location sheet_;
  BiffStringReader strings_;
  SheetNotes* notes_;
  FormulaNotes formula_notes_;
  std::optional<core::CellRef> pending_string_formula_;
  std::string text_;
};

}  // namespace scdash::io::detail
