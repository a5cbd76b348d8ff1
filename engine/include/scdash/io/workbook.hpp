// Workbook: one interface over every format a partner can send.
//
// A workbook lists its sheets, then streams one sheet at a time, row by row, so
// that memory stays bounded however long the sheet is.
//
//   auto workbook = scdash::io::open_workbook(disk, path, "returns/police.xlsx");
//   if (!workbook) { report(workbook.error()); }
//   (*workbook)->read_sheet(0, [&](const scdash::io::Row& row) { count += row.cells.size(); return
//   true; });
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "scdash/core/diagnostic.hpp"
#include "scdash/core/expected.hpp"
#include "scdash/core/file_system.hpp"
#include "scdash/io/cell.hpp"

namespace scdash::io {

enum class SheetVisibility { visible, hidden, very_hidden };

struct SheetInfo {
  std::string name;
  SheetVisibility visibility = SheetVisibility::visible;
};

// Called for each row in order; return false to stop reading early. It must not call back into
// the workbook being read: the .xlsx reader inflates the sheet on a second thread meanwhile.
using RowHandler = std::function<bool(const Row&)>;

// What one reading of a sheet noted: warnings about what was read with a caveat, and every
// cell that holds a formula with no saved result (which the warnings name only up to ten).
struct SheetNotes {
  core::Diagnostics diagnostics;
  std::vector<core::CellRef> formulas_without_values;
};

// The warning for a formula cell with no saved result, which reads as empty, at `where`.
core::Diagnostic formula_without_value(core::Location where);

// How many such cells of a sheet the warnings name one by one, before counting the rest.
inline constexpr std::size_t kFormulaCellsNamed = 10;

class Workbook {
 public:
  virtual ~Workbook() = default;
  virtual const std::vector<SheetInfo>& sheets() const = 0;
  // Streams the rows of sheets()[index]. Fails with a diagnostic naming the file, sheet
  // and, where known, the cell; rows before the failure have been handed over.
  virtual core::Expected<void, core::Diagnostic> read_sheet(std::size_t index,
                                                            const RowHandler& on_row) = 0;
  // The merged ranges of sheets()[index], in the order the file lists them. Formats that
  // cannot merge cells (.csv) have none, which is what this default says.
  virtual core::Expected<std::vector<CellRange>, core::Diagnostic> merged_ranges(std::size_t index);

  // Warnings about what was read with a caveat, such as a formula cell that holds no saved
  // result and so reads as empty: the workbook's own, then those of the latest reading of each
  // sheet, in sheet order. Reading never stops for them; callers report them beside their own.
  const core::Diagnostics& notes() const;

  // The cells of sheets()[index] that hold a formula with no saved result, and so read as
  // empty, as far as its readings have gone, by row then column: the whole list behind the
  // formula-without-value notes, so that a caller can tell the cells it reads from the rest.
  const std::vector<core::CellRef>& formulas_without_values(std::size_t index) const;

 protected:
  // Replaces sheet `index`'s notes with those of its latest reading, so that reading a sheet
  // twice does not repeat them; its formula cells are added to those of earlier readings.
  void set_sheet_notes(std::size_t index, SheetNotes notes);
  // A note about the whole workbook, given once however many sheets are read.
  void add_workbook_note(core::Diagnostic note);

 private:
  core::Diagnostics workbook_notes_;
  std::vector<core::Diagnostics> sheet_notes_;
  std::vector<std::vector<core::CellRef>> formulas_without_values_;  // per sheet
  // workbook_notes_, then sheet_notes_, joined when asked for: joining after every sheet would
  // cost a workbook of thousands of sheets the square of their number.
  mutable core::Diagnostics notes_;
  mutable bool notes_joined_ = true;
};

// Opens a workbook by its content (the extension only breaks ties). `display_name` is how
// diagnostics name the file, usually the path relative to the returns folder.
core::Expected<std::unique_ptr<Workbook>, core::Diagnostic> open_workbook(
    core::FileSystem& file_system, const std::filesystem::path& path,
    const std::string& display_name);

}  // namespace scdash::io
