#include "render/supporting_sheets.hpp"

#include <fmt/format.h>

#include "render/marks.hpp"
#include "render/sheet_writing.hpp"

namespace scdash::render {
namespace {

struct TableStyle {
  lxw_format* heading;
  lxw_format* number;
};

TableStyle table_style(lxw_workbook* workbook) {
  return {heading_format(workbook),
          house_format(workbook, [](lxw_format* f) { format_set_num_format(f, "#,##0.00"); })};
}

// A figure's value, or [c] where a published copy withholds it.
void write_figure_value(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column,
                        const kpi::Figure& figure, const TableStyle& style) {
  if (figure.suppressed) {
    write_text(sheet, row, column, Marks::published().withheld);
  } else {
    write_optional_number(sheet, row, column, figure.value, style.number);
  }
}

}  // namespace

void write_districts_sheet(lxw_workbook* workbook, const kpi::DashboardModel& model) {
  const TableStyle style = table_style(workbook);
  const TableSheet table =
      add_table_sheet(workbook, "Districts",
                      {{"Indicator", 44},
                       {"Area", 26},
                       {"Label", 7},
                       {"Period", 22},
                       {"Value", 11},
                       {"Lower 95%", 11},
                       {"Upper 95%", 11},
                       {fmt::format("Compared with {}", model.headline_area_name), 16},
                       {"Not available because", 50},
                       {"Area set", 12},
                       {"Previous", 11},
                       {"Gap to target", 12}},
                      style.heading);
  lxw_worksheet* sheet = table.sheet;
  lxw_row_t row = 1;
  for (const auto& outcome : model.outcomes) {
    for (const auto& result : outcome.indicators) {
      for (std::size_t i = 0; i < result.districts.size(); ++i) {
        const kpi::DistrictFigure& district = result.districts[i];
        write_text(sheet, row, 0, result.indicator->label);
        write_text(sheet, row, 1, model.districts.at(i).name);
        write_text(sheet, row, 2, district.label);
        write_text(sheet, row, 3, district.figure.period.label());
        write_figure_value(sheet, row, 4, district.figure, style);
        if (district.interval) {
          worksheet_write_number(sheet, row, 5, district.interval->lower, style.number);
          worksheet_write_number(sheet, row, 6, district.interval->upper, style.number);
        }
        write_text(sheet, row, 7, std::string(kpi::comparison_name(district.comparison)));
        write_text(sheet, row, 8, district.figure.unavailable_reason);
        write_text(sheet, row, 9, model.districts.at(i).set);
        write_figure_value(sheet, row, 10, district.previous, style);
        if (district.target) {
          write_optional_number(sheet, row, 11, district.target->gap, style.number);
        }
        ++row;
      }
    }
  }
  finish_table(table, row - 1);
}

void write_suppression_sheet(lxw_workbook* workbook,
                             const std::vector<kpi::SuppressionDecision>& decisions) {
  const TableStyle style = table_style(workbook);
  const TableSheet table = add_table_sheet(workbook, "Suppression",
                                           {{"Indicator", 44},
                                            {"Area", 26},
                                            {"Figure", 10},
                                            {"Suppression", 12},
                                            {"Why it is withheld from the published copy", 80}},
                                           style.heading);
  lxw_worksheet* sheet = table.sheet;
  lxw_row_t row = 1;
  for (const auto& decision : decisions) {
    write_text(sheet, row, 0, decision.indicator_label);
    write_text(sheet, row, 1, decision.area_name);
    write_text(sheet, row, 2, decision.figure);
    write_text(sheet, row, 3, std::string(kpi::suppression_kind_name(decision.kind)));
    write_text(sheet, row, 4, decision.rule);
    ++row;
  }
  if (decisions.empty()) {
    write_text(sheet, row++, 0, "No figure rests on a count the template's policy withholds.");
  }
  finish_table(table, row - 1);
}

void write_sources_sheet(lxw_workbook* workbook, const core::RunRecord& run) {
  const TableStyle style = table_style(workbook);
  const TableSheet table = add_table_sheet(workbook, "Sources",
                                           {{"File", 44},
                                            {"Kind", 10},
                                            {"Read by mapping", 44},
                                            {"Figures", 10},
                                            {"Cells in mapped region", 12},
                                            {"SHA-256", 66}},
                                           style.heading);
  lxw_worksheet* sheet = table.sheet;
  lxw_row_t row = 1;
  for (const auto& file : run.files) {
    write_text(sheet, row, 0, file.name);
    write_text(sheet, row, 1, "return");
    write_text(sheet, row, 2, file.mapping);
    worksheet_write_number(sheet, row, 3, static_cast<double>(file.observations), nullptr);
    worksheet_write_number(sheet, row, 4, static_cast<double>(file.cells_in_region.non_empty),
                           nullptr);
    write_text(sheet, row, 5, file.sha256);
    ++row;
  }
  for (const auto& file : run.configuration) {
    write_text(sheet, row, 0, file.name);
    write_text(sheet, row, 1, std::string(core::input_kind_name(file.kind)));
    write_text(sheet, row, 5, file.sha256);
    ++row;
  }
  finish_table(table, row - 1);
}

void write_about_sheet(lxw_workbook* workbook, const kpi::DashboardModel& model,
                       const core::RunRecord& run, bool published) {
  const TableStyle style = table_style(workbook);
  const TableSheet table = add_table_sheet(
      workbook, "About", {{"About this workbook", 28}, {"Detail", 90}}, style.heading);
  const std::size_t errors = core::count_errors(run.diagnostics);
  const std::vector<std::pair<const char*, std::string>> lines = {
      {"Made by", fmt::format("scdash {}", SCDASH_VERSION)},
      {"Dashboard", model.title},
      {"Quarter", model.quarter.label()},
      {"Headline area", model.headline_area_name},
      {"Current period", model.current_period.label()},
      {"Previous period", model.previous_period.label()},
      {"Returns read", std::to_string(run.files.size())},
      {"Problems found", fmt::format("{} error(s), {} other diagnostic(s); {}", errors,
                                     run.diagnostics.size() - errors,
                                     published ? "the BI team's internal copy lists them"
                                               : "see the Data quality sheet and report.json")},
      {"Reproducible",
       "the same returns, mappings and template always give this same file; its "
       "document date is the day after the quarter, not the day it was made"},
  };
  lxw_row_t row = 1;
  for (const auto& [key, value] : lines) {
    write_text(table.sheet, row, 0, key, style.heading);
    write_text(table.sheet, row, 1, value);
    ++row;
  }
  finish_table(table, row - 1);
}

}  // namespace scdash::render
