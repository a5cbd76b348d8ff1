// Reading one worksheet of an .xls workbook: the records of its substream, from the BOF record
// where the workbook says it begins to the matching EOF, as rows of typed cells (see
// xls_cells.hpp) and merged ranges (MERGECELLS). A chart embedded in the sheet is a substream
// of its own inside it, BOF to EOF, and is skipped whole; a chart sheet has no cells.
//
// Excel writes a sheet's cells in row order, and a row is then handed over as soon as the next
// begins, so memory holds one row. A first pass over the records, reading only the row of each
// cell record, checks that order; a sheet written in another order (some programs write column by
// column) is held whole and handed over row by row at its end. Within a row cells are sorted by
// column, and a cell written twice keeps its last value, as Excel keeps it. DIMENSIONS is never
// trusted. When the reading fails, the rows before the one being read have been handed over.
#pragma once

#include <vector>

#include "io/xls_globals.hpp"

namespace scdash::io::detail {

// Streams the rows of `sheet` to `on_row` when given, and collects its merged ranges when
// `merged_ranges` is given; without `on_row`, cells are not decoded at all. Notes about cells
// read with a caveat go to `notes` when given. Diagnostics are located at `where` (file and
// sheet) and, when known, the cell. Says whether the sheet was read to its end (false when
// on_row asked to stop).
core::Expected<bool, core::Diagnostic> read_xls_sheet(
    core::InputFile& stream, const XlsGlobals& globals, const XlsSheet& sheet,
    const core::Location& where, const RowHandler* on_row, std::vector<CellRange>* merged_ranges,
    SheetNotes* notes = nullptr);

}  // namespace scdash::io::detail
