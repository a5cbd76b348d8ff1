// The Dashboard's hidden helper columns, right of its printed page: each indicator row's
// polarity and each district's 95% interval, which the conditional formats read.
//
// They are on the Dashboard itself because a conditional format that refers to another sheet
// is one Excel 2007 removes as a repair and Google Sheets ignores (Excel 2010 and later write
// such rules only in an extension). The district intervals sit in two blocks laid out like the
// district columns, so that one rule over the block compares each cell with its own interval
// by relative reference; an officer who corrects the county's figure sees the colours follow.
#pragma once

#include <xlsxwriter.h>

#include "render/dashboard_sheet.hpp"
#include "scdash/kpi/model.hpp"

namespace scdash::render {

class HelperColumns {
 public:
  explicit HelperColumns(const DashboardGrid& grid);

  // Each row's polarity: 1 higher is better, -1 lower is better, 0 none.
  lxw_col_t polarity() const { return polarity_; }
  // The lower and upper ends of the `district`th district's interval.
  lxw_col_t lower(std::size_t district) const;
  lxw_col_t upper(std::size_t district) const;

  // Writes the columns, hidden, with a heading on the Dashboard's header row.
  void write(lxw_worksheet* sheet, const kpi::DashboardModel& model, lxw_format* heading) const;

 private:
  lxw_col_t polarity_;
  std::size_t district_count_;
};

}  // namespace scdash::render
