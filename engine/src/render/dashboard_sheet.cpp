#include "render/dashboard_sheet.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "render/contrast.hpp"
#include "render/dashboard_placeholders.hpp"
#include "render/figure_note.hpp"
#include "render/helper_columns.hpp"
#include "render/live_formulas.hpp"
#include "render/marks.hpp"
#include "render/notes_sheet.hpp"
#include "render/sheet_writing.hpp"
#include "render/text_fit.hpp"
#include "render/trajectory_charts.hpp"
#include "scdash/core/cell_ref.hpp"
#include "scdash/core/text.hpp"
#include "scdash/template/placeholders.hpp"

namespace scdash::render {
namespace {

// Footnote marks: superscript digits.
std::string footnote_mark(std::size_t number) {
  static constexpr const char* kSuperscripts[] = {"\u2070", "\u00B9", "\u00B2", "\u00B3", "\u2074",
                                                  "\u2075", "\u2076", "\u2077", "\u2078", "\u2079"};
  std::string mark;
  for (const char digit : std::to_string(number)) {
    mark += kSuperscripts[digit - '0'];
  }
  return mark;
}

class DashboardWriter {
 public:
  DashboardWriter(lxw_workbook* workbook, lxw_worksheet* sheet, const kpi::DashboardModel& model,
                  const templates::Layout& layout, const DashboardGrid& grid,
                  const std::vector<std::string>& trend_ranges, const RenderOptions& options)
      : workbook_(workbook),
        model_(model),
        layout_(layout),
        marks_(options.published ? Marks::published() : Marks{}),
        placeholders_(placeholder_values(model, layout, marks_)),
        grid_(grid),
        helpers_(grid),
        sheet_(sheet),
        trend_ranges_(trend_ranges),
        for_print_(options.for_print),
        published_(options.published),
        last_column_(grid.last_column()) {
    make_formats();
  }

  DashboardSheet write() {
    worksheet_set_comments_author(sheet_, "scdash");
    write_title();
    write_header();
    helpers_.write(sheet_, model_, key_heading_);
    lxw_row_t row = kFirstDataRow;
    for (const auto& outcome : model_.outcomes) {
      row = write_outcome(outcome, row);
    }
    if (row > kFirstDataRow) {
      colour_rag_cells(templates::DashboardColumn::overall_rag, row - 1);
      colour_rag_cells(templates::DashboardColumn::progress_rag, row - 1);
      colour_district_cells(row - 1);
      colour_direction_cells(row - 1);
      colour_classification_cells(row - 1);
    }
    row = write_footnotes(row);
    row = write_key(row + 1);
    set_up_page(row - 1);
    if (for_print_) {
      draw_charts();
      sparklines_.clear();
    }
    return {std::move(sparklines_), std::move(notes_)};
  }

 private:
  lxw_format* format(auto&& configure) {
    return house_format(workbook_, [&](lxw_format* f) {
      format_set_font_name(f, layout_.font_name.c_str());
      format_set_font_size(f, layout_.font_size);
      configure(f);
    });
  }

  std::optional<lxw_col_t> at(templates::DashboardColumn column) const {
    return grid_.column(column);
  }

  std::string expand(std::string_view text) const {
    return templates::expand_placeholders(text, placeholders_);
  }

  // The colour of text in `colour` on `background`: the layout's own, but in a published copy
  // a shade of it that reads at the contrast WCAG 2.2 AA asks.
  std::uint32_t text_colour(std::uint32_t colour, std::uint32_t background) const {
    return published_ ? readable_colour(colour, background, kReadableContrast) : colour;
  }

  void make_formats() {
    constexpr std::uint32_t kPage = 0xFFFFFF;
    const templates::Colours& colours = layout_.colours;
    title_ = format([&](lxw_format* f) {
      format_set_bold(f);
      format_set_font_size(f, layout_.font_size + 5);
      format_set_font_color(f, excel_colour(text_colour(colours.title, kPage)));
    });
    subtitle_ = format([](lxw_format* f) { format_set_italic(f); });
    header_ = format([&](lxw_format* f) {
      format_set_bold(f);
      format_set_font_color(f, excel_colour(text_colour(colours.header_text, colours.header_fill)));
      format_set_bg_color(f, excel_colour(colours.header_fill));
      format_set_align(f, LXW_ALIGN_CENTER);
      format_set_border(f, LXW_BORDER_THIN);
      format_set_border_color(f, colours.border);
    });
    auto bordered = [&](lxw_format* f) {
      format_set_border(f, LXW_BORDER_THIN);
      format_set_border_color(f, colours.border);
    };
    outcome_ = format([&](lxw_format* f) {
      bordered(f);
      format_set_bold(f);
      format_set_bg_color(f, excel_colour(colours.outcome_fill));
      format_set_font_color(f, excel_colour(text_colour_on(colours.outcome_fill)));
    });
    text_ = format(bordered);
    centred_ = format([&](lxw_format* f) {
      bordered(f);
      format_set_align(f, LXW_ALIGN_CENTER);
    });
    const auto number_format = [&](const char* code) {
      return format([&](lxw_format* f) {
        bordered(f);
        format_set_num_format(f, code);
      });
    };
    change_ = number_format("+0.0%;-0.0%;0.0%");
    change_points_ = number_format("+0.0\" pts\";-0.0\" pts\";0.0\" pts\"");
    count_change_ = number_format("+#,##0;-#,##0;0");
    signed_value_ = number_format("+0.00;-0.00;0.00");
    // The arrow's colour comes from conditional formats (colour_direction_cells).
    arrow_ = format([&](lxw_format* f) {
      bordered(f);
      format_set_bold(f);
      format_set_font_size(f, 12);
      format_set_align(f, LXW_ALIGN_CENTER);
    });
    // Conditional formats carry only what changes: the fill and the font colour.
    const auto fill = [&](std::uint32_t background) {
      lxw_format* created = workbook_add_format(workbook_);
      format_set_bg_color(created, excel_colour(background));
      format_set_font_color(created, excel_colour(text_colour_on(background)));
      return created;
    };
    red_ = fill(colours.red);
    amber_ = fill(colours.amber);
    green_ = fill(colours.green);
    grey_ = fill(colours.grey);
    better_ = fill(colours.better);
    similar_ = fill(colours.similar);
    worse_ = fill(colours.worse);
    lower_ = fill(colours.lower);
    higher_ = fill(colours.higher);
    for (const auto& [classification, colour] : layout_.classification_colours) {
      classification_fills_.emplace_back(classification, fill(colour));
    }
    const auto font_colour = [&](std::uint32_t colour) {
      lxw_format* created = workbook_add_format(workbook_);
      format_set_font_color(created, excel_colour(colour));
      return created;
    };
    arrow_better_ = font_colour(text_colour(colours.arrow_better, kPage));
    arrow_worse_ = font_colour(text_colour(colours.arrow_worse, kPage));
    arrow_no_judgement_ = font_colour(text_colour(colours.arrow_no_judgement, kPage));
    key_heading_ = format([](lxw_format* f) { format_set_bold(f); });
    key_text_ = format([](lxw_format* f) { format_set_text_wrap(f); });
  }

  void write_title() {
    worksheet_merge_range(
        sheet_, kTitleRow, 0, kTitleRow, last_column_,
        cell_text(fmt::format("{} — {}", model_.title, model_.quarter.label())).c_str(), title_);
    worksheet_set_row(sheet_, kTitleRow, layout_.font_size * 2 + 4, nullptr);
    write_across(kSubtitleRow, expand(layout_.subtitle), subtitle_);
  }

  // Text merged across the page's width, its row as tall as its wrapped lines.
  void write_across(lxw_row_t row, const std::string& text, lxw_format* style) {
    worksheet_merge_range(sheet_, row, 0, row, last_column_, cell_text(text).c_str(), style);
    fit_row(row, text, page_width());
  }

  // Sets `row` as tall as `text` needs in a cell `width` wide, and at least `fewest` lines.
  void fit_row(lxw_row_t row, const std::string& text, double width, std::size_t fewest = 1) {
    const std::size_t lines = std::max(fewest, wrapped_lines(text, width, layout_.font_size));
    row_heights_[row] = row_height(lines, layout_.font_size);
    worksheet_set_row(sheet_, row, row_heights_[row], nullptr);
  }

  // The trajectories as charts over their cells, sized to them, for the printed copy.
  void draw_charts() {
    const double width = column_pixels(width_of(templates::DashboardColumn::trajectory));
    for (const auto& sparkline : sparklines_) {
      draw_trajectory_chart(workbook_, sheet_, sparkline, sparklines_, layout_.sparklines, width,
                            row_pixels(row_heights_.at(sparkline.cell.row)));
    }
  }

  // The width of the printed page in Excel's character widths: every column's.
  double page_width() const {
    double width = 0;
    for (const auto& column : layout_.columns) {
      width += column.column == templates::DashboardColumn::districts
                   ? column.width * static_cast<double>(model_.districts.size())
                   : column.width;
    }
    return width;
  }

  double width_of(templates::DashboardColumn wanted) const {
    const auto found = std::find_if(layout_.columns.begin(), layout_.columns.end(),
                                    [&](const auto& column) { return column.column == wanted; });
    return found == layout_.columns.end() ? 0 : found->width;
  }

  // The headings, their row as tall as the longest needs.
  void write_header() {
    std::size_t lines = 1;
    for (const auto& column : layout_.columns) {
      if (column.column == templates::DashboardColumn::districts) {
        write_district_headings(column.width);
        continue;
      }
      const lxw_col_t position = *at(column.column);
      const std::string heading = expand(column.heading);
      worksheet_write_string(sheet_, kHeaderRow, position, cell_text(heading).c_str(), header_);
      worksheet_set_column(sheet_, position, position, column.width, nullptr);
      lines = std::max(lines, wrapped_lines(heading, column.width, layout_.font_size));
    }
    worksheet_set_row(sheet_, kHeaderRow, row_height(lines, layout_.font_size), nullptr);
  }

  void write_district_headings(double width) {
    const auto first = grid_.first_district();
    if (!first) {
      return;
    }
    for (std::size_t i = 0; i < model_.districts.size(); ++i) {
      const auto column = static_cast<lxw_col_t>(*first + i);
      worksheet_write_string(sheet_, kHeaderRow, column,
                             cell_text(model_.districts[i].label).c_str(), header_);
      worksheet_set_column(sheet_, column, column, width, nullptr);
    }
  }

  lxw_row_t write_outcome(const kpi::OutcomeResult& outcome, lxw_row_t first_row) {
    const auto rows = static_cast<lxw_row_t>(std::max<std::size_t>(1, outcome.indicators.size()));
    const lxw_row_t last_row = first_row + rows - 1;
    const auto rag_column = at(templates::DashboardColumn::overall_rag);
    if (const auto column = at(templates::DashboardColumn::outcome)) {
      const bool noted = published_ && rag_column;
      write_down(first_row, last_row, *column,
                 noted ? outcome.name + " " + note_mark(notes_.open(outcome.name)) : outcome.name,
                 outcome_);
    }
    if (const auto column = rag_column) {
      write_down(first_row, last_row, *column, rag_text(outcome.overall.rag), centred_);
      note(first_row, *column, rag_note(outcome.overall));
    }
    lxw_row_t row = first_row;
    for (const auto& result : outcome.indicators) {
      write_indicator(result, row++);
    }
    return last_row + 1;
  }

  // Text in one cell, or merged down the rows from `first_row` to `last_row`.
  void write_down(lxw_row_t first_row, lxw_row_t last_row, lxw_col_t column,
                  const std::string& text, lxw_format* style) {
    if (last_row > first_row) {
      worksheet_merge_range(sheet_, first_row, column, last_row, column, cell_text(text).c_str(),
                            style);
    } else {
      worksheet_write_string(sheet_, first_row, column, cell_text(text).c_str(), style);
    }
  }

  void write_indicator(const kpi::IndicatorResult& result, lxw_row_t row) {
    const templates::Indicator& indicator = *result.indicator;
    write_label(result, row);
    if (const auto column = at(templates::DashboardColumn::previous)) {
      write_figure(row, *column, result.previous, indicator);
    }
    write_figure(row, *at(templates::DashboardColumn::current), result.current, indicator);
    if (const auto column = at(templates::DashboardColumn::change)) {
      write_change(result, row, *column);
    }
    if (const auto column = at(templates::DashboardColumn::direction)) {
      if (result.direction) {
        write_direction(row, *column, result);
      } else {
        write_unavailable(row, *column, "the change cannot be computed");
      }
    }
    if (const auto column = at(templates::DashboardColumn::progress_rag)) {
      worksheet_write_string(sheet_, row, *column, rag_text(result.rag.rag).c_str(), centred_);
      note(row, *column, rag_note(result.rag));
    }
    write_trajectory(result, row);
    write_comparators(result, row);
    write_averages(result, row);
    write_count_change(result, row);
    write_target(result, row);
    write_classification(result, row);
    if (const auto first = grid_.first_district()) {
      for (std::size_t i = 0; i < model_.districts.size(); ++i) {
        const auto column = static_cast<lxw_col_t>(*first + i);
        if (!indicator.district_breakdown) {
          write_not_applicable(row, column,
                               "the template gives this indicator no district breakdown");
        } else {
          write_district(row, column, result, i);
        }
      }
    }
  }

  // The label, with a mark for each of the indicator's footnotes, numbered down the page; its
  // note gives the trajectory in words, which the sparkline's cell cannot hold. A published
  // copy's label ends with the row's note instead, its footnotes are lines of that note, and the
  // trajectory's words are the trajectory cell's line (write_trajectory).
  void write_label(const kpi::IndicatorResult& result, lxw_row_t row) {
    const templates::Indicator& indicator = *result.indicator;
    std::string label = indicator.label;
    const lxw_col_t column = *at(templates::DashboardColumn::indicator);
    if (published_) {
      const std::string mark = note_mark(notes_.open(indicator.label));
      for (const auto& footnote : indicator.footnotes) {
        footnotes_.emplace_back(mark, footnote);
        notes_.add("Footnote", core::to_a1({row, column}), footnote);
      }
      label += " " + mark;
    } else {
      for (const auto& footnote : indicator.footnotes) {
        footnotes_.emplace_back(footnote_mark(footnotes_.size() + 1), footnote);
        label += footnotes_.back().first;
      }
    }
    worksheet_write_string(sheet_, row, column, cell_text(label).c_str(), text_);
    // Two lines at least, for the sparkline to have room to draw in.
    fit_row(row, label, width_of(templates::DashboardColumn::indicator), 2);
    if (published_ && at(templates::DashboardColumn::trajectory)) {
      return;
    }
    if (const std::string trajectory = describe_trajectory(result.trajectory, indicator);
        !trajectory.empty()) {
      note(row, column, trajectory);
    }
  }

  // The previous and current cells of `row` ("D5", "E5"), which the live formulas read; nullopt
  // when the layout leaves the previous column out.
  std::optional<std::pair<std::string, std::string>> live_cells(lxw_row_t row) const {
    const auto previous = at(templates::DashboardColumn::previous);
    if (!previous) {
      return std::nullopt;
    }
    return std::pair(core::to_a1({row, *previous}),
                     core::to_a1({row, *at(templates::DashboardColumn::current)}));
  }

  // A live formula on the previous and current cells (see live_formulas.hpp) with the engine's
  // change as its cached result; a constant when the layout has no previous column.
  void write_change(const kpi::IndicatorResult& result, lxw_row_t row, lxw_col_t column) {
    if (!result.change) {
      write_unavailable(row, column, "the previous or current figure is not available");
      return;
    }
    const bool points = result.change_in_points();
    const double value = points ? *result.change : *result.change / 100;
    lxw_format* style = points ? change_points_ : change_;
    if (const auto cells = live_cells(row)) {
      const std::string formula = change_formula(*result.indicator, cells->first, cells->second);
      worksheet_write_formula_num(sheet_, row, column, formula.c_str(), style, value);
    } else {
      worksheet_write_number(sheet_, row, column, value, style);
    }
  }

  void write_trajectory(const kpi::IndicatorResult& result, lxw_row_t row) {
    const std::string& range = trend_ranges_.at(indicator_index_++);
    const auto column = at(templates::DashboardColumn::trajectory);
    if (!column) {
      return;
    }
    if (range.empty()) {
      write_unavailable(row, *column,
                        "fewer than two months have a rolling 12-month figure to draw");
      return;
    }
    worksheet_write_blank(sheet_, row, *column, text_);
    sparklines_.push_back(trajectory_sparkline({row, *column}, range, result));
    if (published_) {
      note(row, *column, describe_trajectory(result.trajectory, *result.indicator));
    }
  }

  // The comparison cells' notes end with the regional and national averages, when supplied. A
  // comparison the template does not declare does not apply ("–"); one declared but missing is
  // not available (n/a), with the comparator return's reason.
  void write_comparators(const kpi::IndicatorResult& result, lxw_row_t row) {
    const templates::Comparators& declared = result.indicator->comparators;
    const std::string averages = describe_averages(result.averages, *result.indicator);
    const auto with_averages = [&](std::string text) {
      return averages.empty() ? text : text + "\n" + averages;
    };
    if (const auto column = at(templates::DashboardColumn::nearest_neighbour)) {
      if (declared.most_similar_group.empty()) {
        write_not_applicable(row, *column,
                             "the template gives this indicator no most similar group", averages);
      } else if (result.most_similar_group) {
        const auto rank = fmt::format("{}/{}", result.most_similar_group->position,
                                      result.most_similar_group->of);
        worksheet_write_string(sheet_, row, *column, rank.c_str(), centred_);
        note(row, *column,
             with_averages(fmt::format("Rank {} of {} in the most similar group, 1 the best.",
                                       result.most_similar_group->position,
                                       result.most_similar_group->of)));
      } else {
        write_unavailable(row, *column, result.comparators_reason, averages);
      }
    }
    if (const auto column = at(templates::DashboardColumn::county_comparison)) {
      if (declared.counties.empty()) {
        write_not_applicable(row, *column,
                             "the template gives this indicator no comparable counties", averages);
      } else if (result.county_standing) {
        const std::string standing(kpi::county_standing_name(*result.county_standing));
        worksheet_write_string(sheet_, row, *column, standing.c_str(), centred_);
        note(row, *column,
             with_averages(fmt::format("{}: among comparable counties, Top is the best quarter, "
                                       "Bottom the worst and Average the middle half.",
                                       standing)));
      } else {
        write_unavailable(row, *column, result.comparators_reason, averages);
      }
    }
  }

  // The optional average columns: a number in the indicator's format, or n/a.
  void write_averages(const kpi::IndicatorResult& result, lxw_row_t row) {
    for (const auto kind : {templates::AverageKind::regional, templates::AverageKind::national}) {
      const auto column = at(kind == templates::AverageKind::regional
                                 ? templates::DashboardColumn::regional_average
                                 : templates::DashboardColumn::national_average);
      if (!column) {
        continue;
      }
      const auto found = std::find_if(result.averages.begin(), result.averages.end(),
                                      [&](const kpi::Average& a) { return a.kind == kind; });
      if (!result.indicator->comparators.any()) {
        write_not_applicable(row, *column, "the template gives this indicator no comparators");
      } else if (found == result.averages.end()) {
        write_unavailable(row, *column,
                          fmt::format("no comparator return gives a {} average for this indicator",
                                      templates::average_kind_name(kind)));
      } else {
        worksheet_write_number(sheet_, row, *column, found->value, value_format(*result.indicator));
        note(row, *column, explain_average(*found, *result.indicator));
      }
    }
  }

  // The change in what the numerator counts; a reported value has none.
  void write_count_change(const kpi::IndicatorResult& result, lxw_row_t row) {
    const auto column = at(templates::DashboardColumn::count_change);
    if (!column) {
      return;
    }
    const templates::Indicator& indicator = *result.indicator;
    if (indicator.formula.traits().reported) {
      write_not_applicable(row, *column, "a reported value is not a count");
    } else if (!result.count_change) {
      write_unavailable(row, *column, "the previous or current figure is not available");
    } else {
      worksheet_write_number(sheet_, row, *column, *result.count_change, count_change_);
      note(row, *column,
           describe_count_change(*result.count_change, result.previous, result.current, indicator));
    }
  }

  // The target as a level, and the gap to it in what the numerator counts.
  void write_target(const kpi::IndicatorResult& result, lxw_row_t row) {
    const auto target_column = at(templates::DashboardColumn::target);
    const auto gap_column = at(templates::DashboardColumn::gap);
    const templates::Indicator& indicator = *result.indicator;
    if (!result.target) {
      for (const auto column : {target_column, gap_column}) {
        if (column) {
          write_not_applicable(row, *column, "the template gives this indicator no target");
        }
      }
      return;
    }
    const kpi::TargetStanding& standing = *result.target;
    const std::string target = describe_target(standing, result.previous, indicator);
    if (target_column) {
      if (standing.level) {
        worksheet_write_number(sheet_, row, *target_column, *standing.level,
                               value_format(indicator));
        note(row, *target_column, target);
      } else {
        write_unavailable(row, *target_column, standing.unavailable_reason);
      }
    }
    if (gap_column) {
      if (standing.gap) {
        worksheet_write_number(sheet_, row, *gap_column, *standing.gap, gap_format(indicator));
        note(row, *gap_column, describe_gap(standing, result.current, indicator) + "\n" + target);
      } else {
        write_unavailable(
            row, *gap_column,
            standing.level ? "the current figure is not available" : standing.unavailable_reason);
      }
    }
  }

  // A count gap is whole and signed; a reported percentage's is in points.
  lxw_format* gap_format(const templates::Indicator& indicator) const {
    if (!indicator.formula.traits().reported) {
      return count_change_;
    }
    return indicator.formula.is_percentage() ? change_points_ : signed_value_;
  }

  void write_classification(const kpi::IndicatorResult& result, lxw_row_t row) {
    const auto column = at(templates::DashboardColumn::classification);
    if (!column) {
      return;
    }
    if (!result.classification) {
      write_not_applicable(row, *column, "the template gives this indicator no classification");
    } else if (!result.classification->value) {
      write_unavailable(row, *column, result.classification->reason);
    } else {
      worksheet_write_string(sheet_, row, *column, cell_text(*result.classification->value).c_str(),
                             centred_);
      note(row, *column,
           fmt::format("{}: {}.", *result.classification->value, result.classification->reason));
    }
  }

  // Like the RAG cells, coloured by their text, so that a corrected classification recolours.
  void colour_classification_cells(lxw_row_t last_row) {
    if (const auto column = at(templates::DashboardColumn::classification)) {
      colour_by_text(*column, last_row, classification_fills_);
    }
  }

  // Conditional formats on the cells' values, not painted fills, so that an officer who
  // corrects a RAG letter sees its colour follow.
  void colour_rag_cells(templates::DashboardColumn rag_column, lxw_row_t last_row) {
    const auto column = at(rag_column);
    if (!column) {
      return;
    }
    const templates::RagLabels& labels = layout_.rag_labels;
    colour_by_text(
        *column, last_row,
        {{labels.red, red_}, {labels.amber, amber_}, {labels.green, green_}, {labels.grey, grey_}});
  }

  // Fills the cells of `column` that hold each text with its format, by conditional formats.
  void colour_by_text(lxw_col_t column, lxw_row_t last_row,
                      const std::vector<std::pair<std::string, lxw_format*>>& fills) {
    for (const auto& [text, fill] : fills) {
      const std::string value = excel_string_literal(text);
      lxw_conditional_format rule = {};
      rule.type = LXW_CONDITIONAL_TYPE_CELL;
      rule.criteria = LXW_CONDITIONAL_CRITERIA_EQUAL_TO;
      rule.value_string = const_cast<char*>(value.c_str());
      rule.format = fill;
      worksheet_conditional_format_range(sheet_, kFirstDataRow, column, last_row, column, &rule);
    }
  }

  // "Red" as an Excel formula's string: quoted, with quotes doubled.
  static std::string excel_string_literal(const std::string& text) {
    std::string literal = "\"";
    for (const char c : text) {
      literal += c == '"' ? std::string("\"\"") : std::string(1, c);
    }
    return literal + "\"";
  }

  // District cells are coloured by comparing the county's current value with each district's
  // 95% interval, held in the hidden helper columns (helper_columns.hpp), so that a corrected
  // county figure recolours the districts.
  void colour_district_cells(lxw_row_t last_row) {
    const auto first = grid_.first_district();
    if (!first) {
      return;
    }
    const std::string cell = core::to_a1({kFirstDataRow, *first});
    // Column-absolute, row-relative: each row compares with its own indicator's county value.
    const std::string row_number = std::to_string(kFirstDataRow + 1);
    const std::string county =
        "$" + core::column_name(*at(templates::DashboardColumn::current)) + row_number;
    // Relative: each district cell reads its own interval, the same distance to its right.
    const std::string lower = core::to_a1({kFirstDataRow, helpers_.lower(0)});
    const std::string upper = core::to_a1({kFirstDataRow, helpers_.upper(0)});
    const std::string polarity = "$" + core::column_name(helpers_.polarity()) + row_number;
    const std::string compared = fmt::format("AND(ISNUMBER({}),ISNUMBER({}))", cell, lower);
    const std::string outside = fmt::format("OR({}<{},{}>{})", county, lower, county, upper);
    const std::pair<std::string, lxw_format*> rules[] = {
        {fmt::format("=AND({},NOT({}))", compared, outside), similar_},
        {fmt::format("=AND({},{},{}<>0,({}-{})*{}>0)", compared, outside, polarity, cell, county,
                     polarity),
         better_},
        {fmt::format("=AND({},{},{}<>0,({}-{})*{}<0)", compared, outside, polarity, cell, county,
                     polarity),
         worse_},
        {fmt::format("=AND({},{},{}=0,{}<{})", compared, outside, polarity, cell, county), lower_},
        {fmt::format("=AND({},{},{}=0,{}>{})", compared, outside, polarity, cell, county), higher_},
    };
    for (const auto& [formula, fill] : rules) {
      lxw_conditional_format rule = {};
      rule.type = LXW_CONDITIONAL_TYPE_FORMULA;
      rule.value_string = const_cast<char*>(formula.c_str());
      rule.format = fill;
      worksheet_conditional_format_range(
          sheet_, kFirstDataRow, *first, last_row,
          static_cast<lxw_col_t>(*first + model_.districts.size() - 1), &rule);
    }
  }

  // RAG cells hold the layout's label; a grey RAG's note says why it has no colour.
  const std::string& rag_text(templates::Rag rag) const {
    const templates::RagLabels& labels = layout_.rag_labels;
    switch (rag) {
      case templates::Rag::red:
        return labels.red;
      case templates::Rag::amber:
        return labels.amber;
      case templates::Rag::green:
        return labels.green;
      case templates::Rag::grey:
        break;
    }
    return labels.grey;
  }

  static std::string rag_note(const kpi::RagStatus& status) {
    return fmt::format("{}: {}.", templates::rag_name(status.rag), status.reason);
  }

  // The number format of the indicator's figures: its decimals, percentages with a % sign, and
  // `mark` after the figure.
  lxw_format* value_format(const templates::Indicator& indicator, std::string_view mark = {}) {
    const templates::Formula& formula = indicator.formula;
    const int decimals = shown_decimals(indicator);
    const std::string places = decimals > 0 ? "." + std::string(decimals, '0') : "";
    std::string code = formula.is_percentage() ? "0" + places + "\"%\"" : "#,##0" + places;
    if (!mark.empty()) {
      code += fmt::format("\"{}\"", mark);
    }
    auto& format = value_formats_[code];
    if (format == nullptr) {
      format = this->format([&](lxw_format* f) {
        format_set_border(f, LXW_BORDER_THIN);
        format_set_border_color(f, layout_.colours.border);
        format_set_num_format(f, code.c_str());
      });
    }
    return format;
  }

  void write_figure(lxw_row_t row, lxw_col_t column, const kpi::Figure& figure,
                    const templates::Indicator& indicator) {
    if (figure.value) {
      worksheet_write_number(sheet_, row, column, *figure.value, value_format(indicator));
      note(row, column, explain_figure(figure, indicator));
    } else if (figure.suppressed) {
      write_marked(row, column, marks_.withheld, core::capitalised(figure.unavailable_reason), {});
    } else {
      write_unavailable(row, column, figure.unavailable_reason);
    }
  }

  // A district's figure; its note also says how it compares with the county's, and a published
  // copy marks a significant difference with ▲ or ▼, so that the colour is not alone in saying
  // so.
  void write_district(lxw_row_t row, lxw_col_t column, const kpi::IndicatorResult& result,
                      std::size_t district) {
    const kpi::DistrictFigure& figure = result.districts[district];
    const templates::Indicator& indicator = *result.indicator;
    if (!figure.figure.value) {
      write_figure(row, column, figure.figure, indicator);
      return;
    }
    const char* mark = "";
    const bool significant = figure.comparison != kpi::Comparison::similar &&
                             figure.comparison != kpi::Comparison::not_compared;
    if (published_ && significant && result.current.value) {
      mark = *figure.figure.value > *result.current.value ? " \u25B2" : " \u25BC";
    }
    worksheet_write_number(sheet_, row, column, *figure.figure.value,
                           value_format(indicator, mark));
    std::string text = explain_figure(figure.figure, indicator);
    if (const std::string against = describe_against_previous(figure, indicator);
        !against.empty()) {
      text += "\n" + against;
    }
    if (const std::string compared =
            describe_comparison(figure, result.current, model_.headline_area_name, indicator);
        !compared.empty()) {
      text += "\n" + compared;
    }
    note(row, column, text);
  }

  // The arrow: a live formula on the previous and current cells with the engine's arrow as its
  // cached result (a constant when the layout has no previous column); coloured by
  // colour_direction_cells.
  void write_direction(lxw_row_t row, lxw_col_t column, const kpi::IndicatorResult& result) {
    const templates::Indicator& indicator = *result.indicator;
    const std::string arrow(direction_arrow(*result.direction));
    std::string live;
    if (const auto cells = live_cells(row)) {
      const std::string formula = direction_formula(indicator, cells->first, cells->second);
      worksheet_write_formula_str(sheet_, row, column, formula.c_str(), arrow_, arrow.c_str());
      live =
          fmt::format(" The arrow is worked out from {} and {}, so it follows a corrected figure.",
                      cells->first, cells->second);
    } else {
      worksheet_write_string(sheet_, row, column, arrow.c_str(), arrow_);
    }
    note(row, column,
         fmt::format("{}: {} ({}; stable within ±{}{}).{}", kpi::direction_name(*result.direction),
                     kpi::judgement_name(result.judgement),
                     templates::polarity_name(indicator.polarity), indicator.stable_band,
                     indicator.formula.is_percentage() ? " percentage points" : "%", live));
  }

  // The arrows' colours are conditional formats on the arrow and the row's polarity (in its
  // hidden helper column), so that a recomputed arrow, or one an officer types, is
  // coloured by the same judgement as the engine's: better green, worse red, else grey.
  void colour_direction_cells(lxw_row_t last_row) {
    const auto column = at(templates::DashboardColumn::direction);
    if (!column) {
      return;
    }
    const std::string polarity =
        fmt::format("${}{}", core::column_name(helpers_.polarity()), kFirstDataRow + 1);
    const JudgementRules rules = judgement_rules(core::to_a1({kFirstDataRow, *column}), polarity);
    const std::pair<const std::string&, lxw_format*> colours[] = {
        {rules.better, arrow_better_},
        {rules.worse, arrow_worse_},
        {rules.no_judgement, arrow_no_judgement_}};
    for (const auto& [formula, colour] : colours) {
      lxw_conditional_format rule = {};
      rule.type = LXW_CONDITIONAL_TYPE_FORMULA;
      rule.value_string = const_cast<char*>(formula.c_str());
      rule.format = colour;
      worksheet_conditional_format_range(sheet_, kFirstDataRow, *column, last_row, *column, &rule);
    }
  }

  // A figure that should exist but cannot be made: n/a, and why. `more`, when given, follows
  // the reason on a line of its own.
  void write_unavailable(lxw_row_t row, lxw_col_t column, const std::string& reason,
                         const std::string& more = {}) {
    write_marked(row, column, marks_.unavailable, "Not available: " + reason, more);
  }

  // A figure the indicator does not have, such as a comparison no return could give: "–", as
  // the board's dashboards show it, and why.
  void write_not_applicable(lxw_row_t row, lxw_col_t column, const std::string& reason,
                            const std::string& more = {}) {
    write_marked(row, column, marks_.not_applicable, "Not applicable: " + reason, more);
  }

  void write_marked(lxw_row_t row, lxw_col_t column, const std::string& mark,
                    const std::string& why, const std::string& more) {
    worksheet_write_string(sheet_, row, column, mark.c_str(), centred_);
    note(row, column, why + "." + (more.empty() ? "" : "\n" + more));
  }

  // A cell's note: a comment, or in a published copy a line of its row's note on the Notes sheet.
  void note(lxw_row_t row, lxw_col_t column, const std::string& text) {
    if (published_) {
      notes_.add(figure_name(column), core::to_a1({row, column}), text);
      return;
    }
    lxw_comment_options options = {};
    options.width = 320;
    options.height = static_cast<std::uint16_t>(std::min<std::size_t>(400, 40 + text.size() / 2));
    worksheet_write_comment_opt(sheet_, row, column, cell_text(text).c_str(), &options);
  }

  // What the cells of `column` hold, as the Notes sheet names it: the column's heading on one
  // line, or the district's name.
  std::string figure_name(lxw_col_t column) const {
    if (const auto first = grid_.first_district();
        first && column >= *first && column < *first + model_.districts.size()) {
      return model_.districts[column - *first].name;
    }
    for (const auto& layout_column : layout_.columns) {
      if (at(layout_column.column) == column) {
        std::string heading = expand(layout_column.heading);
        std::replace(heading.begin(), heading.end(), '\n', ' ');
        return heading;
      }
    }
    return {};
  }

  lxw_row_t write_footnotes(lxw_row_t row) {
    for (const auto& [mark, footnote] : footnotes_) {
      write_across(row++, mark + " " + footnote, key_text_);
    }
    return row;
  }

  lxw_row_t write_key(lxw_row_t row) {
    worksheet_write_string(sheet_, row++, 0, cell_text(layout_.key_title).c_str(), key_heading_);
    for (const auto& line : layout_.key) {
      write_across(row++, expand(line), key_text_);
    }
    if (published_) {
      write_across(row++, expand(layout_.withheld_key), key_text_);
      write_across(row++, expand(layout_.significance_key), key_text_);
      write_across(row++, expand(layout_.notes_key), key_text_);
    }
    return row;
  }

  void set_up_page(lxw_row_t last_row) {
    worksheet_set_landscape(sheet_);
    constexpr std::uint8_t kA3 = 8;
    constexpr std::uint8_t kA4 = 9;
    worksheet_set_paper(sheet_, layout_.paper == templates::Paper::a3 ? kA3 : kA4);
    worksheet_fit_to_pages(sheet_, 1, 1);
    worksheet_gridlines(sheet_, LXW_HIDE_ALL_GRIDLINES);
    worksheet_freeze_panes(sheet_, kFirstDataRow, 0);
    worksheet_repeat_rows(sheet_, kHeaderRow, kHeaderRow);
    worksheet_print_area(sheet_, 0, 0, last_row, last_column_);
    worksheet_set_margins(sheet_, 0.3, 0.3, 0.5, 0.5);
    const std::string footer =
        fmt::format("&L{} {}&RPage &P of &N", model_.title, model_.quarter.label());
    worksheet_set_footer(sheet_, cell_text(footer).c_str());
  }

  lxw_workbook* workbook_;
  const kpi::DashboardModel& model_;
  const templates::Layout& layout_;
  const Marks marks_;
  const templates::PlaceholderValues placeholders_;
  const DashboardGrid& grid_;
  const HelperColumns helpers_;
  lxw_worksheet* sheet_;
  const std::vector<std::string>& trend_ranges_;  // by indicator, in the model's order
  const bool for_print_;
  const bool published_;
  NoteList notes_;  // a published copy's notes, which go to the Notes sheet, not into comments
  std::map<lxw_row_t, double> row_heights_;  // in points, of the rows fit_row set
  std::size_t indicator_index_ = 0;
  std::vector<Sparkline> sparklines_;
  std::vector<std::pair<std::string, std::string>> footnotes_;  // each mark and its text
  lxw_col_t last_column_;

  lxw_format* title_ = nullptr;
  lxw_format* subtitle_ = nullptr;
  lxw_format* header_ = nullptr;
  lxw_format* outcome_ = nullptr;
  lxw_format* text_ = nullptr;
  lxw_format* centred_ = nullptr;
  std::map<std::string, lxw_format*> value_formats_;  // by number format code
  lxw_format* change_ = nullptr;
  lxw_format* change_points_ = nullptr;
  lxw_format* count_change_ = nullptr;
  lxw_format* signed_value_ = nullptr;
  std::vector<std::pair<std::string, lxw_format*>> classification_fills_;
  lxw_format* arrow_ = nullptr;
  lxw_format* arrow_better_ = nullptr;
  lxw_format* arrow_worse_ = nullptr;
  lxw_format* arrow_no_judgement_ = nullptr;
  lxw_format* red_ = nullptr;
  lxw_format* amber_ = nullptr;
  lxw_format* green_ = nullptr;
  lxw_format* grey_ = nullptr;
  lxw_format* better_ = nullptr;
  lxw_format* similar_ = nullptr;
  lxw_format* worse_ = nullptr;
  lxw_format* lower_ = nullptr;
  lxw_format* higher_ = nullptr;
  lxw_format* key_heading_ = nullptr;
  lxw_format* key_text_ = nullptr;
};

}  // namespace

DashboardGrid::DashboardGrid(const templates::Layout& layout, std::size_t district_count)
    : district_count_(district_count) {
  lxw_col_t next = 0;
  for (const auto& column : layout.columns) {
    positions_.emplace_back(column.column, next);
    next = static_cast<lxw_col_t>(
        next + (column.column == templates::DashboardColumn::districts ? district_count : 1));
  }
  last_column_ = next == 0 ? 0 : next - 1;
}

std::optional<lxw_col_t> DashboardGrid::column(templates::DashboardColumn column) const {
  for (const auto& [listed, position] : positions_) {
    if (listed == column) {
      return position;
    }
  }
  return std::nullopt;
}

std::optional<lxw_col_t> DashboardGrid::first_district() const {
  return district_count_ == 0 ? std::nullopt : column(templates::DashboardColumn::districts);
}

DashboardSheet write_dashboard_sheet(lxw_workbook* workbook, lxw_worksheet* sheet,
                                     const kpi::DashboardModel& model,
                                     const templates::Layout& layout, const DashboardGrid& grid,
                                     const std::vector<std::string>& trend_ranges,
                                     const RenderOptions& options) {
  return DashboardWriter(workbook, sheet, model, layout, grid, trend_ranges, options).write();
}

}  // namespace scdash::render
