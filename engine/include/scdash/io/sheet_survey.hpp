// SheetSurvey: what a sheet holds and where, read once: the range its cells really use (from the
// cells read, not the file's own claim), how many cells are not empty, its merged ranges and its
// first rows. What an analyst looks at before writing a mapping (`scdash inspect`).
//
//   const auto survey = scdash::io::survey_sheet(*workbook, 0, 12);
//   if (survey && survey->used) { print(scdash::io::range_a1(*survey->used)); }
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "scdash/core/diagnostic.hpp"
#include "scdash/core/expected.hpp"
#include "scdash/io/cell.hpp"
#include "scdash/io/workbook.hpp"

namespace scdash::io {

struct SheetSurvey {
  std::optional<CellRange> used;  // nullopt when the sheet has no cell
  std::size_t cells = 0;          // non-empty
  std::vector<CellRange> merged;
  // The rows with a cell among the first `rows` from the first row that has one.
  std::vector<Row> first_rows;
};

// Reads sheets()[index] to its end; fails as reading the sheet fails.
core::Expected<SheetSurvey, core::Diagnostic> survey_sheet(Workbook& workbook, std::size_t index,
                                                           std::uint32_t rows);

}  // namespace scdash::io
