#include "scdash/render/dashboard_workbook.hpp"

#include <algorithm>
#include <ctime>

#include <fmt/format.h>
#include <xlsxwriter.h>

#include "render/scratch_file.hpp"
#include "scdash/core/calendar.hpp"
#include "scdash/render/figure_note.hpp"

namespace scdash::render {
namespace {

// Excel refuses cell text longer than this.
constexpr std::size_t kMaxCellText = 32767;

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

enum Column : lxw_col_t {
  kOutcome,
  kOverallRag,
  kIndicator,
  kPrevious,
  kCurrent,
  kChange,
  kDirection,
  kProgressRag,
  kTrajectory,
  kNearestNeighbour,
  kCountyComparison,
  kFirstDistrict,
};

constexpr lxw_row_t kTitleRow = 0;
constexpr lxw_row_t kSubtitleRow = 1;
constexpr lxw_row_t kHeaderRow = 3;
constexpr lxw_row_t kFirstDataRow = 4;

// Cuts text to Excel's limit without splitting a UTF-8 sequence.
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

// Document dates come from the quarter, so the same inputs give byte-identical files.
std::time_t document_time(const core::FinancialQuarter& quarter) {
  const core::Month after = quarter.last_month() + 1;
  const double serial = core::excel_serial({after.year(), after.month(), 1}).value_or(25569);
  constexpr double kUnixEpochSerial = 25569;  // 1970-01-01
  return static_cast<std::time_t>((serial - kUnixEpochSerial) * 86400);
}

class DashboardWriter {
 public:
  DashboardWriter(lxw_workbook* workbook, const kpi::DashboardModel& model)
      : workbook_(workbook),
        model_(model),
        sheet_(workbook_add_worksheet(workbook, "Dashboard")),
        last_column_(static_cast<lxw_col_t>(kFirstDistrict + model.districts.size()) - 1) {
    make_formats();
  }

  void write() {
    write_title();
    write_header();
    lxw_row_t row = kFirstDataRow;
    for (const auto& outcome : model_.outcomes) {
      row = write_outcome(outcome, row);
    }
    if (row > kFirstDataRow) {
      colour_rag_cells(kOverallRag, row - 1);
      colour_rag_cells(kProgressRag, row - 1);
    }
    row = write_key(row + 1);
    set_up_page(row);
  }

 private:
  lxw_format* format(auto&& configure) {
    lxw_format* created = workbook_add_format(workbook_);
    format_set_font_name(created, "Arial");
    format_set_font_size(created, 9);
    format_set_text_wrap(created);
    format_set_align(created, LXW_ALIGN_VERTICAL_CENTER);
    configure(created);
    return created;
  }

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
    write_unavailable(row, kTrajectory, "the trajectory sparkline is not drawn by this version");
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
        fmt::format("District columns: {}.", fmt::join(districts, ", ")),
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
  lxw_format* key_heading_ = nullptr;
  lxw_format* key_text_ = nullptr;
};

}  // namespace

core::Expected<std::string, std::string> render_dashboard_workbook(
    const kpi::DashboardModel& model) {
  const ScratchFile scratch;
  lxw_workbook* workbook = workbook_new(scratch.path().string().c_str());
  if (workbook == nullptr) {
    return core::unexpected(fmt::format("cannot create a workbook at {}", scratch.path().string()));
  }
  const std::string title = fmt::format("{} {}", model.title, model.quarter.label());
  lxw_doc_properties properties = {};
  properties.title = const_cast<char*>(title.c_str());
  properties.author = const_cast<char*>("scdash");
  properties.created = document_time(model.quarter);
  workbook_set_properties(workbook, &properties);

  DashboardWriter(workbook, model).write();

  if (const lxw_error error = workbook_close(workbook); error != LXW_NO_ERROR) {
    return core::unexpected(fmt::format("writing the workbook failed: {}", lxw_strerror(error)));
  }
  return scratch.read();
}

}  // namespace scdash::render
