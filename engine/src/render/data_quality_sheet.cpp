#include "render/data_quality_sheet.hpp"

#include <algorithm>
#include <array>

#include "render/sheet_writing.hpp"

namespace scdash::render {
namespace {

// Excel's own "Bad", "Neutral" and a pale blue, so the colours read as they do in any
// workbook: red for errors, amber for warnings, blue for notes.
struct SeverityColours {
  lxw_color_t fill;
  lxw_color_t font;
};

constexpr std::array<SeverityColours, 3> kColours = {{
    {0xFFC7CE, 0x9C0006},  // error
    {0xFFEB9C, 0x9C5700},  // warning
    {0xDDEBF7, 0x1F4E78},  // info
}};

}  // namespace

void write_data_quality_sheet(lxw_workbook* workbook, const core::RunRecord& run) {
  const TableSheet table = add_table_sheet(
      workbook, "Data quality",
      {{"Severity", 10}, {"Code", 26}, {"Place", 50}, {"Problem", 90}, {"What to do", 60}},
      heading_format(workbook));
  lxw_worksheet* sheet = table.sheet;
  std::array<lxw_format*, 3> severity_formats{};
  for (std::size_t i = 0; i < kColours.size(); ++i) {
    const SeverityColours colours = kColours[i];
    severity_formats[i] = house_format(workbook, [colours](lxw_format* f) {
      format_set_bg_color(f, excel_colour(colours.fill));
      format_set_font_color(f, excel_colour(colours.font));
      format_set_bold(f);
    });
  }
  lxw_format* text = house_format(workbook, [](lxw_format*) {});

  std::vector<const core::Diagnostic*> ordered;
  for (const auto& diagnostic : run.diagnostics) {
    ordered.push_back(&diagnostic);
  }
  std::stable_sort(ordered.begin(), ordered.end(), [](const auto* a, const auto* b) {
    return a->severity < b->severity;  // error, then warning, then info
  });
  if (ordered.empty()) {
    write_text(sheet, 1, 0, "No problems were found in the returns, mappings or template.", text);
    finish_table(table, 1);
    return;
  }
  lxw_row_t row = 1;
  for (const core::Diagnostic* diagnostic : ordered) {
    const auto severity = static_cast<std::size_t>(diagnostic->severity);
    write_text(sheet, row, 0, std::string(core::severity_name(diagnostic->severity)),
               severity_formats[severity]);
    write_text(sheet, row, 1, diagnostic->code, text);
    write_text(sheet, row, 2, diagnostic->location.to_string(), text);
    write_text(sheet, row, 3, diagnostic->message, text);
    write_text(sheet, row, 4, diagnostic->hint, text);
    ++row;
  }
  finish_table(table, row - 1);
}

}  // namespace scdash::render
