// LibreOffice, run headless as a child process, prints a workbook to PDF for the board paper
// (`scdash run --pdf`). It is not a dependency of scdash: where it is not installed, printing
// fails with a message saying how to install it.
//
//   const auto pdf = scdash::platform::print_to_pdf(workbook_bytes, "en-GB");
//   if (!pdf) { report(pdf.error()); }
#pragma once

#include <string>

#include "scdash/core/expected.hpp"

namespace scdash::platform {

// Prints `workbook` (the bytes of an .xlsx) to PDF and returns the PDF's bytes; fails with the
// reason, such as LibreOffice not being installed. The PDF is tagged for screen readers, as
// PDF/UA asks, and its language is `language` (a BCP 47 tag such as "en-GB").
core::Expected<std::string, std::string> print_to_pdf(const std::string& workbook,
                                                      const std::string& language);

}  // namespace scdash::platform
