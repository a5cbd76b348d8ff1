#include "scdash/render/dashboard_workbook.hpp"

#include <ctime>

#include <fmt/format.h>
#include <xlsxwriter.h>

#include "render/area_columns.hpp"
#include "render/cover_sheet.hpp"
#include "render/dashboard_sheet.hpp"
#include "render/data_quality_sheet.hpp"
#include "render/document_properties.hpp"
#include "render/notes_sheet.hpp"
#include "render/scratch_file.hpp"
#include "render/sheet_writing.hpp"
#include "render/sparklines.hpp"
#include "render/supporting_sheets.hpp"
#include "render/trends_sheet.hpp"
#include "render/zip_package.hpp"
#include "scdash/core/calendar.hpp"

namespace scdash::render {
std::time_t document_time(const core::FinancialQuarter& quarter) {
  const core::Month after = quarter.last_month() + 1;
  const double serial = core::excel_serial({after.year(), after.month(), 1}).value_or(25569);
  constexpr double kUnixEpochSerial = 25569;  // 1970-01-01
  return static_cast<std::time_t>((serial - kUnixEpochSerial) * 86400);
}

namespace {

// The sheets a published copy's cover lists, in their order.
std::vector<ContentsLine> published_contents(const kpi::DashboardModel& model) {
  return {
      {"Dashboard",
       "the one page the board reads: every indicator, its progress, trajectory and districts"},
      {"Trends",
       "each indicator's rolling 12-month figure, month by month, which the trajectories draw"},
      {"Notes", "how each figure on the Dashboard was computed, and from which return"},
      {"Districts",
       fmt::format("every district's figure, its 95% confidence interval and its comparison with "
                   "{}",
                   model.headline_area_name)},
      {"Sources", "the returns and the configuration the figures were made from"},
      {"About", "what made this workbook, and for which quarter"},
  };
}

}  // namespace

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
  const DocumentProperties properties = dashboard_properties(model, layout);
  set_document_properties(workbook, properties,
                          options.stamp.value_or(document_time(model.quarter)));

  // A published copy opens on its cover; the Dashboard is the first sheet otherwise, and its
  // sparklines need the Trends sheet's rows.
  lxw_worksheet* cover = nullptr;
  if (options.published) {
    cover = write_cover_sheet(workbook, model, layout, published_contents(model));
  }
  lxw_worksheet* dashboard = workbook_add_worksheet(workbook, "Dashboard");
  const std::vector<std::string> trend_ranges = write_trends_sheet(workbook, model);
  const kpi::DashboardModel shown = with_area_columns_shown(model, layout);
  const DashboardGrid grid(layout, shown.districts.size());
  const DashboardSheet written =
      write_dashboard_sheet(workbook, dashboard, shown, layout, grid, trend_ranges, options);
  if (options.published) {
    write_notes_sheet(workbook, written.notes);
  }
  write_districts_sheet(workbook, model);
  write_sources_sheet(workbook, run);
  if (!options.published) {
    write_data_quality_sheet(workbook, run);
  }
  if (options.suppression_log) {
    write_suppression_sheet(workbook, *options.suppression_log);
  }
  write_about_sheet(workbook, model, run, options.published);
  if (options.for_print) {
    worksheet_activate(dashboard);
    lxw_worksheet* sheet = nullptr;
    LXW_FOREACH_WORKSHEET(sheet, workbook) {
      if (sheet != dashboard) {
        worksheet_hide(sheet);
      }
    }
  } else {
    worksheet_activate(cover != nullptr ? cover : dashboard);
  }

  if (const lxw_error error = workbook_close(workbook); error != LXW_NO_ERROR) {
    return core::unexpected(fmt::format("writing the workbook failed: {}", lxw_strerror(error)));
  }
  const std::string dashboard_part =
      fmt::format("xl/worksheets/sheet{}.xml", cover != nullptr ? 2 : 1);
  const std::vector<PartEdit> edits = {
      {"docProps/core.xml",
       [&](std::string& xml) { return insert_language(xml, properties.language); }},
      {dashboard_part,
       [&](std::string& xml) {
         return insert_sparklines(xml, written.sparklines, layout.sparklines);
       }},
  };
  if (auto edited = edit_package(scratch.path(), edits); !edited) {
    return core::unexpected(fmt::format("finishing the workbook failed: {}", edited.error()));
  }
  return scratch.read();
}

}  // namespace scdash::render
