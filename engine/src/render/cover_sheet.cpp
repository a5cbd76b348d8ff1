#include "render/cover_sheet.hpp"

#include <cstdint>

#include <fmt/format.h>

#include "render/contrast.hpp"
#include "render/dashboard_placeholders.hpp"
#include "render/marks.hpp"
#include "render/notes_sheet.hpp"
#include "render/sheet_writing.hpp"
#include "render/text_fit.hpp"

namespace scdash::render {
namespace {

class CoverWriter {
 public:
  CoverWriter(lxw_workbook* workbook, lxw_worksheet* sheet, const templates::Layout& layout)
      : sheet_(sheet),
        title_(house_format(workbook,
                            [&](lxw_format* f) {
                              format_set_bold(f);
                              format_set_font_size(f, kTitleSize);
                              format_set_font_color(
                                  f, excel_colour(readable_colour(layout.colours.title, 0xFFFFFF,
                                                                  kReadableContrast)));
                            })),
        heading_(house_format(workbook,
                              [](lxw_format* f) {
                                format_set_bold(f);
                                format_set_font_size(f, kHeadingSize);
                              })),
        text_(house_format(workbook, [](lxw_format* f) { format_set_font_size(f, kTextSize); })),
        link_(house_format(workbook, [](lxw_format* f) {
          format_set_font_size(f, kTextSize);
          format_set_underline(f, LXW_UNDERLINE_SINGLE);
          format_set_font_color(f, 0x0563C1);  // Excel's hyperlink blue: 5.9:1 on white
        })) {}

  void title(const std::string& text) { write(text, title_, kTitleSize); }
  // A heading stands a line's height above what it heads.
  void heading(const std::string& text) {
    write(text, heading_, kHeadingSize);
    worksheet_set_row(sheet_, row_ - 1, row_height(1, kHeadingSize) + kTextSize, nullptr);
  }
  void line(const std::string& text) { write(text, text_, kTextSize); }
  void link(const std::string& sheet, const std::string& text) {
    const std::string target = fmt::format("internal:'{}'!A1", sheet);
    worksheet_write_url_opt(sheet_, row_, 0, target.c_str(), link_, cell_text(text).c_str(),
                            nullptr);
    fit(text, kTextSize);
  }

  static constexpr double kWidth = 90;  // column A's, in characters: A4 portrait's width
  static constexpr double kTitleSize = 14;
  static constexpr double kHeadingSize = 11;
  static constexpr double kTextSize = 10;

 private:
  void write(const std::string& text, lxw_format* format, double size) {
    write_text(sheet_, row_, 0, text, format);
    fit(text, size);
  }

  // Makes the row as tall as its wrapped text, and moves on to the next.
  void fit(const std::string& text, double size) {
    worksheet_set_row(sheet_, row_, row_height(wrapped_lines(text, kWidth, size), size), nullptr);
    ++row_;
  }

  lxw_worksheet* sheet_;
  lxw_format* title_;
  lxw_format* heading_;
  lxw_format* text_;
  lxw_format* link_;
  lxw_row_t row_ = 0;
};

}  // namespace

lxw_worksheet* write_cover_sheet(lxw_workbook* workbook, const kpi::DashboardModel& model,
                                 const templates::Layout& layout,
                                 const std::vector<ContentsLine>& contents) {
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Cover");
  worksheet_set_column(sheet, 0, 0, CoverWriter::kWidth, nullptr);
  worksheet_gridlines(sheet, LXW_HIDE_ALL_GRIDLINES);
  constexpr std::uint8_t kA4 = 9;
  worksheet_set_paper(sheet, kA4);
  const Marks marks = Marks::published();
  const auto placeholders = placeholder_values(model, layout, marks);
  const auto expand = [&](const std::string& text) {
    return templates::expand_placeholders(text, placeholders);
  };

  CoverWriter cover(workbook, sheet, layout);
  cover.title(fmt::format("{} — {}", model.title, model.quarter.label()));
  cover.line(expand(layout.subtitle));
  cover.heading("Contents");
  for (const auto& [name, holds] : contents) {
    cover.link(name, fmt::format("{}: {}", name, holds));
  }
  cover.heading("Notes");
  cover.line(fmt::format(
      "Each row of the Dashboard ends its name with its note, such as {}. The Notes sheet gives, "
      "for every figure in that row, how it was computed and from which return.",
      note_mark(1)));
  cover.heading("Marks used in place of a figure");
  cover.line(expand(layout.withheld_key));
  cover.line(fmt::format("{}: not available; its note says why.", marks.unavailable));
  cover.line(fmt::format("{}: not applicable, such as a comparison the indicator does not have.",
                         marks.not_applicable));
  cover.line(expand(layout.significance_key));
  if (!layout.publication.author.empty()) {
    cover.heading("Published by");
    cover.line(layout.publication.author);
  }
  if (!layout.publication.contact.empty()) {
    cover.heading("Contact");
    for (const auto& line : layout.publication.contact) {
      cover.line(line);
    }
  }
  return sheet;
}

}  // namespace scdash::render
