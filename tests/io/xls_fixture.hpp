// Helpers for the .xls tests: hand-made workbooks (tests/support/biff_builder.hpp) in a compound
// file, opened from memory and read into a map of typed cells.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "io/xlsx_fixture.hpp"
#include "scdash/io/cell_text.hpp"
#include "support/biff_builder.hpp"
#include "support/compound_file_builder.hpp"

namespace scdash::testing {

using XlsCells = std::map<std::string, std::string>;  // "B2" -> "number 123"

// An .xls file: the workbook stream `stream` in a compound file, named `stream_name`.
inline std::string xls_file(const std::string& stream,
                            const std::string& stream_name = "Workbook") {
  return build_compound_file({{stream_name, stream}}).bytes;
}

// A BIFF8 .xls file of `globals` and `sheets`.
inline std::string xls_file(const std::string& globals,
                            const std::vector<biff::XlsSheetRecords>& sheets) {
  return xls_file(biff::workbook_stream(globals, sheets));
}

// A BIFF8 .xls file of one sheet, "Data", holding `records`.
inline std::string xls_sheet(const std::string& records, const std::string& globals = {}) {
  return xls_file(globals, {{"Data", records}});
}

inline XlsCells cell_map(const SheetContents& contents) {
  XlsCells cells;
  for (const auto& row : contents.rows) {
    for (const auto& cell : row.cells) {
      cells[core::to_a1(cell.ref)] =
          std::string(io::cell_type_name(cell.type)) + " " + io::value_text(cell);
    }
  }
  return cells;
}

}  // namespace scdash::testing
