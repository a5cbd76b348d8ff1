// The "Dashboard" sheet: the one page the board reads, laid out as the BI team's format.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <xlsxwriter.h>

#include "render/notes_sheet.hpp"
#include "render/sparklines.hpp"
#include "scdash/kpi/model.hpp"
#include "scdash/render/dashboard_workbook.hpp"
#include "scdash/template/layout.hpp"

namespace scdash::render {

// Where the layout puts each column of the Dashboard; the sheets that point into it use it too.
class DashboardGrid {
 public:
  DashboardGrid(const templates::Layout& layout, std::size_t district_count);

  // The column's position, or nullopt when the layout leaves it out.
  std::optional<lxw_col_t> column(templates::DashboardColumn column) const;
  // The district block: nullopt when the layout leaves it out or there are no districts.
  std::optional<lxw_col_t> first_district() const;
  std::size_t district_count() const { return district_count_; }
  lxw_col_t last_column() const { return last_column_; }

 private:
  std::vector<std::pair<templates::DashboardColumn, lxw_col_t>> positions_;
  std::size_t district_count_;
  lxw_col_t last_column_ = 0;
};

inline constexpr lxw_row_t kTitleRow = 0;
inline constexpr lxw_row_t kSubtitleRow = 1;
inline constexpr lxw_row_t kHeaderRow = 3;
inline constexpr lxw_row_t kFirstDataRow = 4;

// What the Dashboard sheet leaves for the rest of the workbook to finish.
struct DashboardSheet {
  // The trajectory sparklines to add once the workbook is closed; none `for_print`, where the
  // trajectories are charts (trajectory_charts.hpp).
  std::vector<Sparkline> sparklines;
  // A published copy's notes, for its Notes sheet (notes_sheet.hpp); the internal copy's are
  // comments on their cells, and this is empty.
  NoteList notes;
};

// Fills `sheet` with the title, the table of outcomes and indicators, the district columns
// and the key, with notes on every figure and conditional formats for the RAG columns.
// `trend_ranges` gives, per indicator in the model's order, its row on the Trends sheet. A
// published copy marks what it does not show in the GSS shorthand, and its key says what [c]
// means.
DashboardSheet write_dashboard_sheet(lxw_workbook* workbook, lxw_worksheet* sheet,
                                     const kpi::DashboardModel& model,
                                     const templates::Layout& layout, const DashboardGrid& grid,
                                     const std::vector<std::string>& trend_ranges,
                                     const RenderOptions& options);

}  // namespace scdash::render
