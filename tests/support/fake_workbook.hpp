// FakeWorkbook: an io::Workbook held in memory, for testing stages after the reader
// without writing files.
#pragma once

#include <string>
#include <vector>

#include "scdash/io/workbook.hpp"

namespace scdash::testing {

// Cell builders: FakeWorkbook rows are lists of these, column A first.
io::Cell number(double value);
io::Cell text(std::string value);
io::Cell date(double serial);
io::Cell error_value(std::string literal);
io::Cell blank();

class FakeWorkbook final : public io::Workbook {
 public:
  // rows[i] is row i (0-based); cells are placed in columns A, B, C ...; blank() leaves a gap.
  void add_sheet(std::string name, std::vector<std::vector<io::Cell>> rows);
  // Hides sheets()[index], as Excel's "Hide" (or, with very_hidden, VBA) does.
  void set_visibility(std::size_t index, io::SheetVisibility visibility);

  const std::vector<io::SheetInfo>& sheets() const override { return sheets_; }
  core::Expected<void, core::Diagnostic> read_sheet(std::size_t index,
                                                    const io::RowHandler& on_row) override;

 private:
  std::vector<io::SheetInfo> sheets_;
  std::vector<std::vector<io::Row>> contents_;
};

}  // namespace scdash::testing
