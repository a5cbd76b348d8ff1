// How the .xls reader reports a damaged file, a failing disk, or a file it does not read, so
// that every layer (container, records, strings, cells) says it the same way.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "scdash/core/diagnostic.hpp"

namespace scdash::io::detail {

// Excel repairs what it can of a damaged workbook, and writes a clean file when it saves.
inline constexpr std::string_view kXlsDamagedHint =
    "ask the partner to send the file again, or to open it in Excel and save it as .xlsx";
inline constexpr std::string_view kXlsSaveAsXlsxHint =
    "open the file in Excel and save it as .xlsx (File > Save As > Excel Workbook)";

// xls-corrupt: the file contradicts its own structure; `detail` says where and how.
inline core::Diagnostic xls_corrupt(core::Location where, std::string_view detail) {
  return core::Diagnostic::error("xls-corrupt", "is damaged: " + std::string(detail),
                                 std::move(where), std::string(kXlsDamagedHint));
}

// xls-unreadable: the file system failed part-way.
inline core::Diagnostic xls_read_failed(core::Location where, std::string_view reason) {
  return core::Diagnostic::error("xls-unreadable", "cannot be read: " + std::string(reason),
                                 std::move(where));
}

// xls-unsupported-code-page: Excel 5/95 text in a code page scdash does not convert, whose
// characters beyond ASCII read as U+FFFD.
inline core::Diagnostic lost_characters_note(core::Location where, std::uint16_t code_page) {
  return core::Diagnostic::warning(
      "xls-unsupported-code-page",
      fmt::format("holds text in code page {}, which scdash does not convert: characters beyond "
                  "plain ASCII read as the replacement character U+FFFD",
                  code_page),
      std::move(where), std::string(kXlsSaveAsXlsxHint));
}

}  // namespace scdash::io::detail
