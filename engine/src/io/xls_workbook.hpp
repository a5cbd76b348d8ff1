// The .xls reader: a Workbook over an Excel 97-2003 (BIFF8) or Excel 5.0/95 (BIFF5) workbook,
// read by scdash itself through core::InputFile.
//
// An .xls file is an OLE2 compound file (compound_file.hpp) whose "Workbook" stream (BIFF8;
// "Book" in BIFF5) holds the records (biff_records.hpp): first the workbook's globals
// (xls_globals.hpp), then each sheet's records (xls_sheet_reader.hpp). Opening reads the globals,
// the shared-string table included; each sheet is read from its own records when asked for.
// Memory holds the shared-string table and one row.
#pragma once

#include <memory>
#include <string>

#include "scdash/core/file_system.hpp"
#include "scdash/io/workbook.hpp"

namespace scdash::io::detail {

// Opens an OLE2 compound file: an .xls workbook; an encrypted .xlsx, which Excel also wraps in
// one (xlsx-encrypted); or another Office document (xls-not-a-workbook). Diagnostics name the
// file as `display_name`.
core::Expected<std::unique_ptr<Workbook>, core::Diagnostic> open_compound_workbook(
    std::unique_ptr<core::InputFile> file, const std::string& display_name);

// Opens a file named .xls that is no compound file: a bare BIFF stream, as some programs write
// one, or else no workbook at all (xls-not-a-workbook).
core::Expected<std::unique_ptr<Workbook>, core::Diagnostic> open_bare_xls(
    std::unique_ptr<core::InputFile> file, const std::string& display_name);

}  // namespace scdash::io::detail
