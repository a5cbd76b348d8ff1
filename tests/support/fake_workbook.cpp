#include "support/fake_workbook.hpp"

namespace scdash::testing {

io::Cell number(double value) {
  return {{}, io::CellType::number, value, {}};
}
io::Cell text(std::string value) {
  return {{}, io::CellType::string, 0, std::move(value)};
}
io::Cell date(double serial) {
  return {{}, io::CellType::date, serial, {}};
}
io::Cell error_value(std::string literal) {
  return {{}, io::CellType::error, 0, std::move(literal)};
}
io::Cell blank() {
  return {};
}

void FakeWorkbook::add_sheet(std::string name, std::vector<std::vector<io::Cell>> rows) {
  sheets_.push_back({std::move(name), io::SheetVisibility::visible});
  std::vector<io::Row> sheet;
  for (std::uint32_t r = 0; r < rows.size(); ++r) {
    io::Row row{r, {}};
    for (std::uint32_t c = 0; c < rows[r].size(); ++c) {
      io::Cell cell = rows[r][c];
      if (cell.type == io::CellType::empty) {
        continue;  // absent, as a real reader leaves empty cells out
      }
      cell.ref = {r, c};
      row.cells.push_back(std::move(cell));
    }
    if (!row.cells.empty()) {
      sheet.push_back(std::move(row));
    }
  }
  contents_.push_back(std::move(sheet));
}

void FakeWorkbook::set_visibility(std::size_t index, io::SheetVisibility visibility) {
  sheets_.at(index).visibility = visibility;
}

core::Expected<void, core::Diagnostic> FakeWorkbook::read_sheet(std::size_t index,
                                                                const io::RowHandler& on_row) {
  for (const auto& row : contents_.at(index)) {
    if (!on_row(row)) {
      break;
    }
  }
  return {};
}

}  // namespace scdash::testing
