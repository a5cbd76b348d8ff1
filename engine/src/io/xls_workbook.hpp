// The .xls reader: a Workbook over an Excel 97-2003 (BIFF) file, read by freexl.
//
// freexl opens files only by path, with its own fopen: it cannot read through core::FileSystem,
// so a virtual file system in tests cannot serve an .xls file, and on Windows a path outside the
// system code page cannot be opened. It reads every sheet's cells into memory at opening (an .xls
// file holds at most 65,536 rows by 256 columns a sheet), and what it gives is less than the file
// holds, which a note on every .xls workbook says (docs/reading.md has the details):
//   - formula cells are skipped, whatever their cached result;
//   - TRUE and FALSE read as the numbers 1 and 0, and error values (#N/A ...) as numbers too;
//   - dates, date-times and times come as text with whole seconds, turned back into serials here;
//   - sheet visibility and merged ranges are not reported: every sheet reads as visible.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "scdash/io/workbook.hpp"

namespace scdash::io::detail {

// Diagnostics name the file as `display_name`.
core::Expected<std::unique_ptr<Workbook>, core::Diagnostic> open_xls(
    const std::filesystem::path& path, const std::string& display_name);

}  // namespace scdash::io::detail
