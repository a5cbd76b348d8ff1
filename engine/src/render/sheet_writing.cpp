#include "render/sheet_writing.hpp"

#include <fmt/format.h>

#include "scdash/core/cell_ref.hpp"

namespace scdash::render {
namespace {

constexpr std::size_t kMaxCellText = 32767;

}  // namespace

std::string clip(std::string text) {
  if (text.size() <= kMaxCellText) {
    return text;
  }
  std::size_t end = kMaxCellText;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) {
    --end;
  }
  text.resize(end);
  return text;
}

void write_text(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, const std::string& text,
                lxw_format* format) {
  worksheet_write_string(sheet, row, column, clip(text).c_str(), format);
}

void write_optional_number(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column,
                           const std::optional<double>& value, lxw_format* format) {
  if (value) {
    worksheet_write_number(sheet, row, column, *value, format);
  }
}

std::string sheet_range(const std::string& sheet, lxw_row_t first_row, lxw_col_t first_column,
                        lxw_row_t last_row, lxw_col_t last_column) {
  std::string quoted = "'";
  for (const char c : sheet) {
    quoted += c == '\'' ? std::string("''") : std::string(1, c);
  }
  quoted += "'";
  return fmt::format("{}!{}:{}", quoted, core::to_a1({first_row, first_column}),
                     core::to_a1({last_row, last_column}));
}

}  // namespace scdash::render
