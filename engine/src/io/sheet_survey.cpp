#include "scdash/io/sheet_survey.hpp"

#include <algorithm>

namespace scdash::io {

core::Expected<SheetSurvey, core::Diagnostic> survey_sheet(Workbook& workbook, std::size_t index,
                                                           std::uint32_t rows) {
  SheetSurvey survey;
  auto read = workbook.read_sheet(index, [&](const Row& row) {
    for (const Cell& cell : row.cells) {
      if (cell.type == CellType::empty) {
        continue;
      }
      ++survey.cells;
      if (!survey.used) {
        survey.used = CellRange{cell.ref, cell.ref};
      }
      CellRange& used = *survey.used;
      used.first = {std::min(used.first.row, cell.ref.row),
                    std::min(used.first.column, cell.ref.column)};
      used.last = {std::max(used.last.row, cell.ref.row),
                   std::max(used.last.column, cell.ref.column)};
    }
    if (survey.used && row.index - survey.used->first.row < rows && !row.cells.empty()) {
      survey.first_rows.push_back(row);
    }
    return true;
  });
  if (!read) {
    return core::unexpected(read.error());
  }
  auto merged = workbook.merged_ranges(index);
  if (!merged) {
    return core::unexpected(merged.error());
  }
  survey.merged = std::move(*merged);
  return survey;
}

}  // namespace scdash::io
