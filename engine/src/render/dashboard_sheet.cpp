#include "render/dashboard_sheet.hpp"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "render/interval_sheets.hpp"
#include "render/sheet_writing.hpp"
#include "scdash/core/cell_ref.hpp"
#include "scdash/render/figure_note.hpp"

namespace scdash::render {
namespace {

constexpr lxw_color_t kHeaderFill = 0x1F3864;
constexpr lxw_color_t kOutcomeFill = 0xD9E1F2;
constexpr lxw_color_t kBetter = 0x00B050;
constexpr lxw_color_t kWorse = 0xC00000;
constexpr lxw_color_t kNoJudgement = 0x808080;
constexpr lxw_color_t kBorder = 0xBFBFBF;
// RAG fills: Fingertips' red, amber and green, and its grey for "not compared".
constexpr lxw_color_t kRagRed = 0xC00000;
constexpr lxw_color_t kRagAmber = 0xFFC000;
constexpr lxw_color_t kRagGreen = 0x92D050;
constexpr lxw_color_t kRagGrey = 0xC9C9C9;
// District comparison fills: Fingertips' better, similar and worse, and for indicators with no
// polarity its lower and higher blues.
constexpr lxw_color_t kComparisonBetter = 0x92D050;
constexpr lxw_color_t kComparisonSimilar = 0xFFC000;
constexpr lxw_color_t kComparisonWorse = 0xC00000;
constexpr lxw_color_t kComparisonLower = 0x5555E6;
constexpr lxw_color_t kComparisonHigher = 0xC2CCFF;

class DashboardWriter {
 public:
  DashboardWriter(lxw_workbook* workbook, lxw_worksheet* sheet, const kpi::DashboardModel& model,
                  const std::vector<std::string>& trend_ranges)
      : workbook_(workbook),
        model_(model),
        sheet_(sheet),
        trend_ranges_(trend_ranges),
        last_column_(static_cast<lxw_col_t>(kFirstDistrict + model.districts.size()) - 1) {
    make_formats();
  }

  std::vector<Sparkline> write() {
    write_title();
    write_header();
    lxw_row_t row = kFirstDataRow;
    for (const auto& outcome : model_.outcomes) {
      row = write_outcome(outcome, row);
    }
    if (row > kFirstDataRow) {
      colour_rag_cells(kOverallRag, row - 1);
      colour_rag_cells(kProgressRag, row - 1);
      colour_district_cells(row - 1);
    }
    row = write_key(row + 1);
    set_up_page(row);
    return std::move(sparklines_);
  }

 private:
  lxw_format* format(auto&& configure) { return house_format(workbook_, configure); }

  void make_formats() {
    title_ = format([](lxw_format* f) {
      format_set_bold(f);
      format_set_font_size(f, 14);
      format_set_font_color(f, kHeaderFill);
    });
    subtitle_ = format([](lxw_format* f) { format_set_italic(f); });
    header_ = format([](lxw_format* f) {
      format_set_bold(f);
      format_set_font_color(f, LXW_COLOR_WHITE);
      format_set_bg_color(f, kHeaderFill);
      format_set_align(f, LXW_ALIGN_CENTER);
      format_set_border(f, LXW_BORDER_THIN);
      format_set_border_color(f, kBorder);
    });
    auto bordered = [](lxw_format* f) {
      format_set_border(f, LXW_BORDER_THIN);
      format_set_border_color(f, kBorder);
    };
    outcome_ = format([&](lxw_format* f) {
      bordered(f);
      format_set_bold(f);
      format_set_bg_color(f, kOutcomeFill);
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
    rate_ = number_format("#,##0.00");
    count_ = number_format("#,##0");
    percentage_ = number_format("0.0\"%\"");
    change_ = number_format("+0.0%;-0.0%;0.0%");
    change_points_ = number_format("+0.0\" pts\";-0.0\" pts\";0.0\" pts\"");
    for (const auto judgement :
         {kpi::Judgement::better, kpi::Judgement::worse, kpi::Judgement::no_judgement}) {
      arrows_[static_cast<std::size_t>(judgement)] = format([&](lxw_format* f) {
        bordered(f);
        format_set_bold(f);
        format_set_font_size(f, 12);
        format_set_align(f, LXW_ALIGN_CENTER);
        format_set_font_color(f, judgement == kpi::Judgement::better  ? kBetter
                                 : judgement == kpi::Judgement::worse ? kWorse
                                                                      : kNoJudgement);
      });
    }
    // Conditional formats carry only what changes: the fill and the font colour.
    const auto fill = [&](lxw_color_t background, lxw_color_t text) {
      lxw_format* created = workbook_add_format(workbook_);
      format_set_bg_color(created, background);
      format_set_font_color(created, text);
      return created;
    };
    red_ = fill(kRagRed, LXW_COLOR_WHITE);
    amber_ = fill(kRagAmber, LXW_COLOR_BLACK);
    green_ = fill(kRagGreen, LXW_COLOR_BLACK);
    grey_ = fill(kRagGrey, LXW_COLOR_BLACK);
    better_ = fill(kComparisonBetter, LXW_COLOR_BLACK);
    similar_ = fill(kComparisonSimilar, LXW_COLOR_BLACK);
    worse_ = fill(kComparisonWorse, LXW_COLOR_WHITE);
    lower_ = fill(kComparisonLower, LXW_COLOR_WHITE);
    higher_ = fill(kComparisonHigher, LXW_COLOR_BLACK);
    key_heading_ = format([](lxw_format* f) { format_set_bold(f); });
    key_text_ = format([](lxw_format* f) { format_set_text_wrap(f); });
  }

  void write_title() {
    worksheet_merge_range(
        sheet_, kTitleRow, 0, kTitleRow, last_column_,
        clip(fmt::format("{} — {}", model_.title, model_.quarter.label())).c_str(), title_);
    worksheet_set_row(sheet_, kTitleRow, 22, nullptr);
    worksheet_merge_range(
        sheet_, kSubtitleRow, 0, kSubtitleRow, last_column_,
        clip(fmt::format("{}: {}, compared with the {}. Rates per 10,000 population unless "
                         "otherwise stated.",
                         model_.headline_area_name, model_.current_period.label(),
                         model_.previous_period.label()))
            .c_str(),
        subtitle_);
  }

  void write_header() {
    const std::vector<std::string> headings = {
        "Outcome",
        "Overall progress RAG",
        "Supporting indicator",
        fmt::format("Previous\n({})", model_.previous_period.label()),
        fmt::format("Current\n({})", model_.current_period.label()),
        "Change",
        "Direction of travel",
        "Progress RAG",
        "Trajectory",
        "Nearest neighbour comparison",
        "County comparison",
    };
    for (std::size_t i = 0; i < headings.size(); ++i) {
      worksheet_write_string(sheet_, kHeaderRow, static_cast<lxw_col_t>(i), headings[i].c_str(),
                             header_);
    }
    for (std::size_t i = 0; i < model_.districts.size(); ++i) {
      worksheet_write_string(sheet_, kHeaderRow, static_cast<lxw_col_t>(kFirstDistrict + i),
                             clip(model_.districts[i].label).c_str(), header_);
    }
    worksheet_set_row(sheet_, kHeaderRow, 36, nullptr);
    const std::vector<double> widths = {22, 9, 38, 12, 12, 8, 9, 9, 14, 11, 10};
    for (std::size_t i = 0; i < widths.size(); ++i) {
      worksheet_set_column(sheet_, static_cast<lxw_col_t>(i), static_cast<lxw_col_t>(i), widths[i],
                           nullptr);
    }
    worksheet_set_column(sheet_, kFirstDistrict, last_column_, 7.5, nullptr);
  }

  lxw_row_t write_outcome(const kpi::OutcomeResult& outcome, lxw_row_t first_row) {
    const auto rows = static_cast<lxw_row_t>(std::max<std::size_t>(1, outcome.indicators.size()));
    const lxw_row_t last_row = first_row + rows - 1;
    const std::string rag = rag_text(outcome.overall.rag);
    if (rows > 1) {
      worksheet_merge_range(sheet_, first_row, kOutcome, last_row, kOutcome,
                            clip(outcome.name).c_str(), outcome_);
      worksheet_merge_range(sheet_, first_row, kOverallRag, last_row, kOverallRag, rag.c_str(),
                            centred_);
    } else {
      worksheet_write_string(sheet_, first_row, kOutcome, clip(outcome.name).c_str(), outcome_);
      worksheet_write_string(sheet_, first_row, kOverallRag, rag.c_str(), centred_);
    }
    note(first_row, kOverallRag, rag_note(outcome.overall));
    lxw_row_t row = first_row;
    for (const auto& result : outcome.indicators) {
      write_indicator(result, row++);
    }
    return last_row + 1;
  }

  void write_indicator(const kpi::IndicatorResult& result, lxw_row_t row) {
    const kpi::Indicator& indicator = *result.indicator;
    worksheet_set_row(sheet_, row, 30, nullptr);
    worksheet_write_string(sheet_, row, kIndicator, clip(indicator.label).c_str(), text_);
    write_figure(row, kPrevious, result.previous, indicator);
    write_figure(row, kCurrent, result.current, indicator);
    if (result.change) {
      if (result.change_in_points()) {
        worksheet_write_number(sheet_, row, kChange, *result.change, change_points_);
      } else {
        worksheet_write_number(sheet_, row, kChange, *result.change / 100, change_);
      }
    } else {
      write_unavailable(row, kChange, "the previous or current figure is not available");
    }
    if (result.direction) {
      write_direction(row, *result.direction, result.judgement, indicator);
    } else {
      write_unavailable(row, kDirection, "the change cannot be computed");
    }
    worksheet_write_string(sheet_, row, kProgressRag, rag_text(result.rag.rag).c_str(), centred_);
    note(row, kProgressRag, rag_note(result.rag));
    write_trajectory(result, row);
    write_comparators(result, row);
    for (std::size_t i = 0; i < model_.districts.size(); ++i) {
      const auto column = static_cast<lxw_col_t>(kFirstDistrict + i);
      if (result.districts.empty()) {
        write_unavailable(row, column, "this indicator has no district breakdown");
      } else {
        write_figure(row, column, result.districts[i].figure, indicator);
      }
    }
  }

  void write_trajectory(const kpi::IndicatorResult& result, lxw_row_t row) {
    const std::string& range = trend_ranges_.at(indicator_index_++);
    if (range.empty()) {
      write_unavailable(row, kTrajectory,
                        "fewer than two months have a rolling 12-month figure to draw");
      return;
    }
    worksheet_write_blank(sheet_, row, kTrajectory, text_);
    note(row, kTrajectory,
         fmt::format("Rolling 12-month figure to each month, {} to {} (the Trends sheet).",
                     result.trajectory.front().month.short_label(),
                     result.trajectory.back().month.short_label()));
    sparklines_.push_back({{row, kTrajectory}, range});
  }

  void write_comparators(const kpi::IndicatorResult& result, lxw_row_t row) {
    const std::string reason = result.comparators_reason.empty()
                                   ? "the template declares no comparators for this indicator"
                                   : result.comparators_reason;
    if (result.most_similar_group) {
      const auto rank =
          fmt::format("{}/{}", result.most_similar_group->position, result.most_similar_group->of);
      worksheet_write_string(sheet_, row, kNearestNeighbour, rank.c_str(), centred_);
    } else {
      write_unavailable(row, kNearestNeighbour, reason);
    }
    if (result.county_standing) {
      worksheet_write_string(
          sheet_, row, kCountyComparison,
          std::string(kpi::county_standing_name(*result.county_standing)).c_str(), centred_);
    } else {
      write_unavailable(row, kCountyComparison, reason);
    }
  }

  // Conditional formats on the cells' values, not painted fills, so that an officer who
  // corrects a RAG letter sees its colour follow.
  void colour_rag_cells(lxw_col_t column, lxw_row_t last_row) {
    const std::pair<const char*, lxw_format*> rules[] = {
        {"\"R\"", red_}, {"\"A\"", amber_}, {"\"G\"", green_}, {"\"n/a\"", grey_}};
    for (const auto& [value, fill] : rules) {
      lxw_conditional_format rule = {};
      rule.type = LXW_CONDITIONAL_TYPE_CELL;
      rule.criteria = LXW_CONDITIONAL_CRITERIA_EQUAL_TO;
      rule.value_string = const_cast<char*>(value);
      rule.format = fill;
      worksheet_conditional_format_range(sheet_, kFirstDataRow, column, last_row, column, &rule);
    }
  }

  // District cells are coloured by comparing the county's current value with each district's
  // 95% interval, held at the same address on the hidden interval sheets (see
  // interval_sheets.hpp), so that a corrected county figure recolours the districts.
  void colour_district_cells(lxw_row_t last_row) {
    if (model_.districts.empty()) {
      return;
    }
    const std::string cell = core::to_a1({kFirstDataRow, kFirstDistrict});
    // Column-absolute, row-relative: each row compares with its own indicator's county value.
    const std::string row_number = std::to_string(kFirstDataRow + 1);
    const std::string county = "$" + core::column_name(kCurrent) + row_number;
    const std::string lower = fmt::format("'{}'!{}", kLowerIntervalSheet, cell);
    const std::string upper = fmt::format("'{}'!{}", kUpperIntervalSheet, cell);
    const std::string polarity = fmt::format("'{}'!$A{}", kLowerIntervalSheet, row_number);
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
      worksheet_conditional_format_range(sheet_, kFirstDataRow, kFirstDistrict, last_row,
                                         last_column_, &rule);
    }
  }

  // RAG cells hold the letter; a grey RAG shows as "n/a", its note saying why.
  static std::string rag_text(kpi::Rag rag) {
    return rag == kpi::Rag::grey ? "n/a" : std::string(kpi::rag_letter(rag));
  }

  static std::string rag_note(const kpi::RagStatus& status) {
    return fmt::format("{}: {}.", kpi::rag_name(status.rag), status.reason);
  }

  lxw_format* value_format(const kpi::Formula& formula) const {
    if (formula.is_percentage()) {
      return percentage_;
    }
    return formula.kind == kpi::FormulaKind::count ? count_ : rate_;
  }

  void write_figure(lxw_row_t row, lxw_col_t column, const kpi::Figure& figure,
                    const kpi::Indicator& indicator) {
    if (figure.value) {
      worksheet_write_number(sheet_, row, column, *figure.value, value_format(indicator.formula));
      note(row, column, explain_figure(figure, indicator));
    } else {
      write_unavailable(row, column, figure.unavailable_reason);
    }
  }

  void write_direction(lxw_row_t row, kpi::Direction direction, kpi::Judgement judgement,
                       const kpi::Indicator& indicator) {
    const char* arrow = direction == kpi::Direction::up     ? "\u2191"
                        : direction == kpi::Direction::down ? "\u2193"
                                                            : "\u2192";
    worksheet_write_string(sheet_, row, kDirection, arrow,
                           arrows_[static_cast<std::size_t>(judgement)]);
    note(row, kDirection,
         fmt::format("{}: {} ({}; stable within ±{}{}).", kpi::direction_name(direction),
                     kpi::judgement_name(judgement), kpi::polarity_name(indicator.polarity),
                     indicator.stable_band,
                     indicator.formula.is_percentage() ? " percentage points" : "%"));
  }

  void write_unavailable(lxw_row_t row, lxw_col_t column, const std::string& reason) {
    worksheet_write_string(sheet_, row, column, "n/a", centred_);
    note(row, column, "Not available: " + reason + ".");
  }

  void note(lxw_row_t row, lxw_col_t column, const std::string& text) {
    lxw_comment_options options = {};
    options.author = const_cast<char*>("scdash");
    options.width = 320;
    options.height = static_cast<std::uint16_t>(std::min<std::size_t>(400, 40 + text.size() / 2));
    worksheet_write_comment_opt(sheet_, row, column, clip(text).c_str(), &options);
  }

  lxw_row_t write_key(lxw_row_t row) {
    worksheet_write_string(sheet_, row++, 0, "Key", key_heading_);
    std::vector<std::string> districts;
    for (const auto& district : model_.districts) {
      districts.push_back(district.label + " " + district.name);
    }
    const std::vector<std::string> lines = {
        "Values are rates per 10,000 population unless otherwise stated.",
        fmt::format("Previous: the {}. Current: the {}.", model_.previous_period.label(),
                    model_.current_period.label()),
        "Change: percentage change from previous to current.",
        "Direction of travel: \u2191 up, \u2193 down, \u2192 stable (within the indicator's stable "
        "band); green is better, red is worse, grey is no judgement (no polarity, or stable).",
        "RAG: R red, A amber, G green by each indicator's rule (a target, a range such as "
        "SafeLives' 28-40%, the direction of travel, or a benchmark); each RAG cell's note gives "
        "the rule and the reason. The overall RAG follows from the outcome's indicators.",
        "n/a: not available; the cell's note gives the reason. A figure that cannot be computed "
        "is never shown as zero.",
        fmt::format("District columns: {}. Each district is coloured against {}: green "
                    "significantly better, amber similar, red significantly worse (95% confidence "
                    "intervals, the Fingertips method); for indicators with no polarity dark blue "
                    "is lower and light blue higher.",
                    fmt::join(districts, ", "), model_.headline_area_name),
        "Every figure has a note saying how it was computed and from which return cells.",
    };
    for (const auto& line : lines) {
      worksheet_merge_range(sheet_, row, 0, row, last_column_, clip(line).c_str(), key_text_);
      ++row;
    }
    return row;
  }

  void set_up_page(lxw_row_t last_row) {
    worksheet_set_landscape(sheet_);
    worksheet_set_paper(sheet_, 9);  // A4
    worksheet_fit_to_pages(sheet_, 1, 1);
    worksheet_gridlines(sheet_, LXW_HIDE_ALL_GRIDLINES);
    worksheet_freeze_panes(sheet_, kFirstDataRow, 0);
    worksheet_repeat_rows(sheet_, kHeaderRow, kHeaderRow);
    worksheet_print_area(sheet_, 0, 0, last_row, last_column_);
    worksheet_set_margins(sheet_, 0.4, 0.4, 0.5, 0.5);
    const std::string footer =
        fmt::format("&L{} {}&RPage &P of &N", model_.title, model_.quarter.label());
    worksheet_set_footer(sheet_, clip(footer).c_str());
  }

  lxw_workbook* workbook_;
  const kpi::DashboardModel& model_;
  lxw_worksheet* sheet_;
  const std::vector<std::string>& trend_ranges_;  // by indicator, in the model's order
  std::size_t indicator_index_ = 0;
  std::vector<Sparkline> sparklines_;
  lxw_col_t last_column_;

  lxw_format* title_ = nullptr;
  lxw_format* subtitle_ = nullptr;
  lxw_format* header_ = nullptr;
  lxw_format* outcome_ = nullptr;
  lxw_format* text_ = nullptr;
  lxw_format* centred_ = nullptr;
  lxw_format* rate_ = nullptr;
  lxw_format* count_ = nullptr;
  lxw_format* percentage_ = nullptr;
  lxw_format* change_ = nullptr;
  lxw_format* change_points_ = nullptr;
  std::array<lxw_format*, 3> arrows_ = {};
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

std::vector<Sparkline> write_dashboard_sheet(lxw_workbook* workbook, lxw_worksheet* sheet,
                                             const kpi::DashboardModel& model,
                                             const std::vector<std::string>& trend_ranges) {
  return DashboardWriter(workbook, sheet, model, trend_ranges).write();
}

}  // namespace scdash::render
