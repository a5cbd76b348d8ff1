#include "io/scanned_workbook.hpp"

#include <algorithm>

namespace scdash::io::detail {

core::Expected<void, core::Diagnostic> ScannedWorkbook::read_sheet(std::size_t index,
                                                                   const RowHandler& on_row) {
  std::vector<CellRange> merged;
  SheetNotes notes;
  auto complete = scan_sheet(index, &on_row, &merged, &notes);
  if (index < sheets().size()) {
    set_sheet_notes(index, std::move(notes));  // what was noted before a failure stands too
  }
  if (!complete) {
    return core::unexpected(complete.error());
  }
  if (*complete) {
    merged_.resize(std::max(merged_.size(), index + 1));
    merged_[index] = std::move(merged);
  }
  return {};
}

core::Expected<std::vector<CellRange>, core::Diagnostic> ScannedWorkbook::merged_ranges(
    std::size_t index) {
  if (index < merged_.size() && merged_[index]) {
    return *merged_[index];
  }
  std::vector<CellRange> merged;
  if (auto read = scan_sheet(index, nullptr, &merged, nullptr); !read) {
    return core::unexpected(read.error());
  }
  merged_.resize(std::max(merged_.size(), index + 1));
  merged_[index] = merged;
  return merged;
}

}  // namespace scdash::io::detail
