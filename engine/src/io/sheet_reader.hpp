// Sheet reading: one worksheet part streamed row by row into typed cells.
//
// Each <row> is handed over as soon as its end tag is parsed, so memory holds one row whatever
// the sheet's length. The row and its cells are reused from row to row, so a long sheet costs
// no allocation per cell. Cells without an "r" attribute continue from the previous cell, and
// rows without one from the previous row; <dimension> is never trusted.
//
// Cell typing: "s" looks up the shared strings, "str" (a formula's text result) and "inlineStr"
// are strings, "b" booleans, "e" error literals such as "#N/A", "d" ISO 8601 dates; "n" or no
// type is a number, and a date when its cell format shows a date or time. Cells holding no value
// (styled blanks, formulas without a cached result) are skipped, not delivered as empty; a formula
// without a cached result is also noted, since its value is unknown rather than blank.
#pragma once

#include <string>
#include <vector>

#include "io/shared_strings.hpp"
#include "io/styles.hpp"
#include "io/zip_archive.hpp"
#include "scdash/io/workbook.hpp"

namespace scdash::io::detail {

struct SheetContext {
  const SharedStrings& shared_strings;
  const CellFormats& formats;
  bool date1904 = false;
};

// Streams the part's rows to `on_row` and, when `merged_ranges` is given, collects the merged
// ranges. With no `on_row`, cells are not decoded at all, which makes collecting merged ranges
// cheap. Diagnostics are located at part.where() (file and sheet) and, when known, the cell.
// Warnings about cells read with a caveat (formula-without-value) go to `notes`, when given,
// even when reading fails later. Says whether the part was read to its end (false when on_row
// asked to stop).
core::Expected<bool, core::Diagnostic> read_sheet_part(ZipPartReader& part,
                                                       const SheetContext& context,
                                                       const RowHandler* on_row,
                                                       std::vector<CellRange>* merged_ranges,
                                                       SheetNotes* notes = nullptr);

}  // namespace scdash::io::detail
