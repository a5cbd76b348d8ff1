// "Cover": the published copy's first sheet, as the Government Analysis Function's accessible
// spreadsheets begin: what the workbook is, its contents (each a link to its sheet), how its
// notes and marks work, who publishes it and whom to ask. All in column A, one line a row, so
// that a screen reader reads it top to bottom.
#pragma once

#include <string>
#include <vector>

#include <xlsxwriter.h>

#include "scdash/kpi/model.hpp"
#include "scdash/template/layout.hpp"

namespace scdash::render {

struct ContentsLine {
  std::string sheet;
  std::string holds;  // "every indicator's rolling 12-month figure, month by month"
};

// Adds the sheet and returns it; `contents` lists the sheets that follow it, in their order.
lxw_worksheet* write_cover_sheet(lxw_workbook* workbook, const kpi::DashboardModel& model,
                                 const templates::Layout& layout,
                                 const std::vector<ContentsLine>& contents);

}  // namespace scdash::render
