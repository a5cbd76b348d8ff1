// The CSV reader: a Workbook of one sheet, named after the file, over a text file.
//
// The file is read through core::InputFile in chunks, twice: once to settle its encoding (UTF-8,
// with or without a byte-order mark, or Windows-1252 when any byte is not UTF-8) and, from its
// first lines, its delimiter; then to stream its records as rows. Every non-empty field is a
// string cell: numbers stay text until a mapping says how to read them, because "007", "1,5" and
// "12/01" mean different things to different partners.
#pragma once

#include <memory>
#include <string>

#include "scdash/core/file_system.hpp"
#include "scdash/io/workbook.hpp"

namespace scdash::io::detail {

// Diagnostics name the file as `display_name`; the sheet is called `sheet_name`.
std::unique_ptr<Workbook> open_csv(std::unique_ptr<core::InputFile> file,
                                   const std::string& display_name, std::string sheet_name);

}  // namespace scdash::io::detail
