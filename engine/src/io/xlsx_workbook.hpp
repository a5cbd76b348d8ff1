// The .xlsx and .xlsm reader: a Workbook over an OOXML package.
//
// Opening reads only what listing the sheets needs: the package relationships, the workbook
// part and its relationships. The shared strings and styles are read at the first read_sheet,
// so that listing a large workbook's sheets stays instant.
#pragma once

#include <memory>
#include <string>

#include "io/xlsx_limits.hpp"
#include "scdash/core/file_system.hpp"
#include "scdash/io/workbook.hpp"

namespace scdash::io::detail {

// Diagnostics name the file as `display_name`. Tests lower `limits` to reach them cheaply.
core::Expected<std::unique_ptr<Workbook>, core::Diagnostic> open_xlsx(
    std::unique_ptr<core::InputFile> file, const std::string& display_name,
    const XlsxLimits& limits = {});

}  // namespace scdash::io::detail
