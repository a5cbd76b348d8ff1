// The dashboard as a PDF for the board paper, printed by LibreOffice (scdash run --pdf).
#pragma once

#include <string>

#include "scdash/core/expected.hpp"

namespace scdash::cli {

// Prints `workbook` (the bytes of an .xlsx whose only visible sheet is the Dashboard) to PDF
// with LibreOffice headless, and returns the PDF's bytes; fails with the reason, such as
// LibreOffice not being installed.
core::Expected<std::string, std::string> print_to_pdf(const std::string& workbook);

}  // namespace scdash::cli
