// XlsGlobals: what an .xls workbook says before its sheets, in the records of its "globals"
// substream (from the workbook stream's first BOF record to its EOF): the BIFF version, the
// sheets with their names, visibility and where their records begin, the date system, the
// number format of each cell format (XF), and the shared-string table.
//
// Sheets are listed as the .xlsx reader lists them, so that a sheet's number means the same in
// both formats: worksheets, Excel 4 macro sheets and chart sheets (which hold no cells), but not
// VBA modules. A FILEPASS record means the rest is encrypted: xls-encrypted.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "io/biff_strings.hpp"
#include "io/number_format.hpp"
#include "scdash/core/file_system.hpp"
#include "scdash/io/workbook.hpp"

namespace scdash::io::detail {

struct XlsSheet {
  SheetInfo info;
  std::uint32_t stream_offset = 0;  // of the sheet's BOF record in the workbook stream
  // False for a chart sheet, whose records hold the chart's data, which are not cells.
  bool holds_cells = true;
};

struct XlsGlobals {
  BiffVersion version = BiffVersion::biff8;
  std::uint16_t code_page = 1252;
  bool date1904 = false;
  std::vector<XlsSheet> sheets;          // in tab order
  std::vector<FormatKind> cell_formats;  // how each XF shows numbers, by XF index
  BiffSharedStrings shared_strings;
  bool lost_characters = false;  // BIFF5 names or formats in a code page scdash does not convert

  // How cell format `xf` shows numbers; a number for an index the workbook does not define.
  FormatKind format_kind(std::uint16_t xf) const {
    return xf < cell_formats.size() ? cell_formats[xf] : FormatKind::number;
  }

  // Reads the globals from the start of `stream`, the workbook stream (a whole file for a bare
  // BIFF file). Diagnostics name the file as `display_name`.
  static core::Expected<XlsGlobals, core::Diagnostic> read(core::InputFile& stream,
                                                           const std::string& display_name);
};

}  // namespace scdash::io::detail
