#include "scdash/render/dashboard_workbook.hpp"

#include <ctime>

#include <fmt/format.h>
#include <xlsxwriter.h>

#include "render/dashboard_sheet.hpp"
#include "render/data_quality_sheet.hpp"
#include "render/scratch_file.hpp"
#include "render/sheet_writing.hpp"
#include "render/sparklines.hpp"
#include "render/supporting_sheets.hpp"
#include "render/trends_sheet.hpp"
#include "scdash/core/calendar.hpp"

namespace scdash::render {
std::time_t document_time(const core::FinancialQuarter& quarter) {
  const core::Month after = quarter.last_month() + 1;
  const double serial = core::excel_serial({after.year(), after.month(), 1}).value_or(25569);
  constexpr double kUnixEpochSerial = 25569;  // 1970-01-01
  return static_cast<std::time_t>((serial - kUnixEpochSerial) * 86400);
}

core::Expected<std::string, std::string> render_dashboard_workbook(const kpi::DashboardModel& model,
                                                                   const core::RunRecord& run,
                                                                   const templates::Layout& layout,
                                                                   const RenderOptions& options) {
  const auto made = ScratchFile::make();
  if (!made) {
    return core::unexpected(made.error());
  }
  const ScratchFile& scratch = *made;
  lxw_workbook* workbook = workbook_new(scratch.path().string().c_str());
  if (workbook == nullptr) {
    return core::unexpected(fmt::format("cannot create a workbook at {}", scratch.path().string()));
  }
  const std::string title = cell_text(fmt::format("{} {}", model.title, model.quarter.label()));
  lxw_doc_properties properties = {};
  properties.title = const_cast<char*>(title.c_str());
  properties.author = const_cast<char*>("scdash");
  properties.created = options.stamp.value_or(document_time(model.quarter));
  workbook_set_properties(workbook, &properties);

  // The Dashboard is the first sheet, but its sparklines need the Trends sheet's rows.
  lxw_worksheet* dashboard = workbook_add_worksheet(workbook, "Dashboard");
  const std::vector<std::string> trend_ranges = write_trends_sheet(workbook, model);
  const DashboardGrid grid(layout, model.districts.size());
  const std::vector<Sparkline> sparklines =
      write_dashboard_sheet(workbook, dashboard, model, layout, grid, trend_ranges, options);
  write_districts_sheet(workbook, model);
  write_sources_sheet(workbook, run);
  if (!options.published) {
    write_data_quality_sheet(workbook, run);
  }
  if (options.suppression_log) {
    write_suppression_sheet(workbook, *options.suppression_log);
  }
  write_about_sheet(workbook, model, run);
  worksheet_activate(dashboard);
  if (options.for_print) {
    lxw_worksheet* sheet = nullptr;
    LXW_FOREACH_WORKSHEET(sheet, workbook) {
      if (sheet != dashboard) {
        worksheet_hide(sheet);
      }
    }
  }

  if (const lxw_error error = workbook_close(workbook); error != LXW_NO_ERROR) {
    return core::unexpected(fmt::format("writing the workbook failed: {}", lxw_strerror(error)));
  }
  if (auto added =
          add_sparklines(scratch.path(), "xl/worksheets/sheet1.xml", sparklines, layout.sparklines);
      !added) {
    return core::unexpected(
        fmt::format("adding the trajectory sparklines failed: {}", added.error()));
  }
  return scratch.read();
}

}  // namespace scdash::render
