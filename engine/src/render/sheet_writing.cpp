#include "render/sheet_writing.hpp"

#include <algorithm>
#include <regex>

#include <fmt/format.h>

#include "scdash/core/cell_ref.hpp"
#include "scdash/core/text.hpp"

namespace scdash::render {
namespace {

constexpr std::size_t kMaxCellText = 32767;

// Whether an OOXML escape such as "_x0041_" starts at `at`: Excel reads it as the character.
bool ooxml_escape_at(std::string_view text, std::size_t at) {
  return text.size() - at >= 7 && text.compare(at, 2, "_x") == 0 && text[at + 6] == '_' &&
         text.substr(at + 2, 4).find_first_not_of("0123456789ABCDEFabcdef") ==
             std::string_view::npos;
}

// Whether Excel would write `sheet` in a formula without quotes: a name of letters, digits,
// '_' and '.', not starting with a digit, that cannot be read as a cell (A1 or R1C1) or a
// truth value.
bool needs_no_quotes(const std::string& sheet) {
  static const std::regex plain("[A-Za-z_][A-Za-z0-9_.]*");
  static const std::regex cell_like("[A-Za-z]{1,3}[0-9]+|[RrCc]|[Rr][0-9]*[Cc][0-9]*",
                                    std::regex::icase);
  return std::regex_match(sheet, plain) && !std::regex_match(sheet, cell_like) && sheet != "TRUE" &&
         sheet != "FALSE";
}

}  // namespace

std::string cell_text(std::string_view partner_text) {
  const std::string safe =
      core::escape_control_characters(core::valid_utf8(partner_text), core::LineBreaks::keep);
  // A partner's literal "_x001B_" must stay those seven characters, not become ESC when Excel
  // reads the string: its underscore is escaped as "_x005F_", as Excel itself writes it.
  std::string text;
  text.reserve(safe.size());
  for (std::size_t at = 0; at < safe.size(); ++at) {
    if (ooxml_escape_at(safe, at)) {
      text += "_x005F";
    }
    text += safe[at];
  }
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

lxw_color_t excel_colour(std::uint32_t rgb) {
  return rgb == 0 ? static_cast<lxw_color_t>(LXW_COLOR_BLACK) : rgb;
}

lxw_format* heading_format(lxw_workbook* workbook) {
  return house_format(workbook, [](lxw_format* f) {
    format_set_bold(f);
    format_set_bottom(f, LXW_BORDER_THIN);
  });
}

TableSheet add_table_sheet(lxw_workbook* workbook, const char* name,
                           const std::vector<std::pair<std::string, double>>& columns,
                           lxw_format* heading) {
  TableSheet table{workbook_add_worksheet(workbook, name), name, {}};
  for (std::size_t i = 0; i < columns.size(); ++i) {
    const auto column = static_cast<lxw_col_t>(i);
    write_text(table.sheet, 0, column, columns[i].first, heading);
    worksheet_set_column(table.sheet, column, column, columns[i].second, nullptr);
    table.headings.push_back(cell_text(columns[i].first));
  }
  worksheet_freeze_panes(table.sheet, 1, 0);
  set_up_table_printing(table.sheet, name);
  return table;
}

void finish_table(const TableSheet& table, lxw_row_t last_row) {
  if (table.headings.empty()) {
    return;
  }
  std::string name;
  for (const char c : table.name) {
    if (c != ' ') {
      name += c;
    }
  }
  std::vector<lxw_table_column> columns(table.headings.size());
  std::vector<lxw_table_column*> pointers;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    columns[i] = {};
    columns[i].header = const_cast<char*>(table.headings[i].c_str());
    pointers.push_back(&columns[i]);
  }
  pointers.push_back(nullptr);
  lxw_table_options options = {};
  options.name = name.data();
  // Light, so that the house fills (the Data quality sheet's severities) keep their contrast.
  options.style_type = LXW_TABLE_STYLE_TYPE_LIGHT;
  options.style_type_number = 1;
  options.columns = pointers.data();
  worksheet_add_table(table.sheet, 0, 0, std::max<lxw_row_t>(last_row, 1),
                      static_cast<lxw_col_t>(table.headings.size() - 1), &options);
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
  std::string name = sheet;
  if (!needs_no_quotes(sheet)) {
    name = "'";
    for (const char c : sheet) {
      name += c == '\'' ? std::string("''") : std::string(1, c);
    }
    name += "'";
  }
  return fmt::format("{}!{}:{}", name, core::to_a1({first_row, first_column}),
                     core::to_a1({last_row, last_column}));
}

void set_up_table_printing(lxw_worksheet* sheet, const std::string& name) {
  constexpr std::uint8_t kA4 = 9;
  worksheet_set_landscape(sheet);
  worksheet_set_paper(sheet, kA4);
  worksheet_fit_to_pages(sheet, 1, 0);  // as wide as one page, as many pages down as it takes
  worksheet_repeat_rows(sheet, 0, 0);
  worksheet_set_margins(sheet, 0.4, 0.4, 0.5, 0.5);
  worksheet_set_footer(sheet, cell_text(fmt::format("&L{}&RPage &P of &N", name)).c_str());
}

}  // namespace scdash::render
