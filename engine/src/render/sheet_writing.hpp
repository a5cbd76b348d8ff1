// Small helpers every sheet of the dashboard workbook uses with libxlsxwriter.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <xlsxwriter.h>

namespace scdash::render {

// Text as a cell or a note may hold it: valid UTF-8 (other bytes as U+FFFD), no character XML
// 1.0 forbids (control characters written as escapes such as "\x01"; tabs and line breaks kept),
// a literal "_x0041_" kept literal (Excel would read it as "A"), and cut to Excel's limit of 32,767
// bytes without splitting a UTF-8 sequence. Every text the workbook shows passes through it, since
// partners' names and words reach the notes.
std::string cell_text(std::string_view partner_text);

// A 0xRRGGBB colour as libxlsxwriter takes it, which reads 0 as "no colour": black is its own
// LXW_COLOR_BLACK.
lxw_color_t excel_colour(std::uint32_t rgb);

// A format in the dashboard's house style (Arial 9, wrapped, vertically centred), then
// adjusted by `configure`.
template <class Configure>
lxw_format* house_format(lxw_workbook* workbook, Configure&& configure) {
  lxw_format* created = workbook_add_format(workbook);
  format_set_font_name(created, "Arial");
  format_set_font_size(created, 9);
  format_set_text_wrap(created);
  format_set_align(created, LXW_ALIGN_VERTICAL_CENTER);
  configure(created);
  return created;
}

// The heading row of the supporting sheets' tables: bold, ruled below.
lxw_format* heading_format(lxw_workbook* workbook);

// A supporting sheet: one Excel table, its heading row frozen at the top and repeated on every
// printed page, as the Government Analysis Function's accessible spreadsheets have them (a
// screen reader then names each cell's column).
struct TableSheet {
  lxw_worksheet* sheet;
  std::string name;                   // the sheet's, and without spaces the table's
  std::vector<std::string> headings;  // the columns', distinct and non-empty
};

// Adds the sheet with its columns' headings and widths, printed as set_up_table_printing says.
TableSheet add_table_sheet(lxw_workbook* workbook, const char* name,
                           const std::vector<std::pair<std::string, double>>& columns,
                           lxw_format* heading);

// Makes rows 1 to `last_row` under the heading row an Excel table, once they are written; a
// table with no rows yet keeps one, empty, for Excel to add to.
void finish_table(const TableSheet& table, lxw_row_t last_row);

// Writes text as text: partners' words are never taken for formulas.
void write_text(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, const std::string& text,
                lxw_format* format = nullptr);

// A number, or nothing when it is absent.
void write_optional_number(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column,
                           const std::optional<double>& value, lxw_format* format = nullptr);

// Trends!B2:Y2 or 'Sheet name'!B2:Y2 — a range on another sheet, its name quoted only where
// Excel would quote it.
std::string sheet_range(const std::string& sheet, lxw_row_t first_row, lxw_col_t first_column,
                        lxw_row_t last_row, lxw_col_t last_column);

// A supporting table's print settings, so that printing the whole workbook gives readable pages:
// landscape A4, fitted to the page's width, its heading row repeated on every page, and a footer
// naming the sheet (`name`) and the page.
void set_up_table_printing(lxw_worksheet* sheet, const std::string& name);

}  // namespace scdash::render
