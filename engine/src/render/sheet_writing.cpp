#include "render/sheet_writing.hpp"

#include <fmt/format.h>

#include "scdash/core/cell_ref.hpp"
#include "scdash/core/text.hpp"

namespace scdash::render {
namespace {

constexpr std::size_t kMaxCellText = 32767;

}  // namespace

std::string cell_text(std::string_view partner_text) {
  std::string text =
      core::escape_control_characters(core::valid_utf8(partner_text), core::LineBreaks::keep);
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

lxw_format* heading_format(lxw_workbook* workbook) {
  return house_format(workbook, [](lxw_format* f) {
    format_set_bold(f);
    format_set_bottom(f, LXW_BORDER_THIN);
  });
}

lxw_worksheet* add_table_sheet(lxw_workbook* workbook, const char* name,
                               const std::vector<std::pair<const char*, double>>& columns,
                               lxw_format* heading) {
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, name);
  for (std::size_t i = 0; i < columns.size(); ++i) {
    const auto column = static_cast<lxw_col_t>(i);
    write_text(sheet, 0, column, columns[i].first, heading);
    worksheet_set_column(sheet, column, column, columns[i].second, nullptr);
  }
  worksheet_freeze_panes(sheet, 1, 0);
  return sheet;
}

void write_text(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, const std::string& text,
                lxw_format* format) {
  worksheet_write_string(sheet, row, column, cell_text(text).c_str(), format);
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
