// ScannedWorkbook: a workbook whose sheets are scanned from start to end, cells and merged
// ranges together (.xlsx and .xls). Merged ranges may come after the cells, so those of a sheet
// read to its end are kept, and asking for them afterwards does not read the sheet again.
#pragma once

#include <optional>
#include <vector>

#include "scdash/io/workbook.hpp"

namespace scdash::io::detail {

class ScannedWorkbook : public Workbook {
 public:
  core::Expected<void, core::Diagnostic> read_sheet(std::size_t index,
                                                    const RowHandler& on_row) final;
  core::Expected<std::vector<CellRange>, core::Diagnostic> merged_ranges(std::size_t index) final;

 protected:
  // Scans sheet `index`: its rows to `on_row` (nullptr when only the merged ranges are wanted,
  // so cells need not be decoded), its merged ranges to `merged`, its notes to `notes`
  // (nullptr: not wanted). True when the sheet was read to its end; a diagnostic naming the
  // place when it could not be read, including an index past the last sheet.
  virtual core::Expected<bool, core::Diagnostic> scan_sheet(std::size_t index,
                                                            const RowHandler* on_row,
                                                            std::vector<CellRange>* merged,
                                                            SheetNotes* notes) = 0;

 private:
  std::vector<std::optional<std::vector<CellRange>>> merged_;  // per sheet, once known
};

}  // namespace scdash::io::detail
