#include "render/helper_columns.hpp"

#include "render/sheet_writing.hpp"

namespace scdash::render {
namespace {

double polarity_sign(templates::Polarity polarity) {
  switch (polarity) {
    case templates::Polarity::higher_is_better:
      return 1;
    case templates::Polarity::lower_is_better:
      return -1;
    case templates::Polarity::none:
      break;
  }
  return 0;
}

}  // namespace

HelperColumns::HelperColumns(const DashboardGrid& grid)
    : polarity_(grid.last_column() + 1),
      district_count_(grid.first_district() ? grid.district_count() : 0) {}

lxw_col_t HelperColumns::lower(std::size_t district) const {
  return static_cast<lxw_col_t>(polarity_ + 1 + district);
}

lxw_col_t HelperColumns::upper(std::size_t district) const {
  return static_cast<lxw_col_t>(polarity_ + 1 + district_count_ + district);
}

void HelperColumns::write(lxw_worksheet* sheet, const kpi::DashboardModel& model,
                          lxw_format* heading) const {
  write_text(sheet, kHeaderRow, polarity_, "Polarity (1 higher is better, -1 lower, 0 none)",
             heading);
  for (std::size_t i = 0; i < district_count_; ++i) {
    write_text(sheet, kHeaderRow, lower(i), "Lower 95% " + model.districts[i].label, heading);
    write_text(sheet, kHeaderRow, upper(i), "Upper 95% " + model.districts[i].label, heading);
  }
  lxw_row_col_options hidden = {};
  hidden.hidden = LXW_TRUE;
  const lxw_col_t last = district_count_ == 0 ? polarity_ : upper(district_count_ - 1);
  worksheet_set_column_opt(sheet, polarity_, last, 10, nullptr, &hidden);

  lxw_row_t row = kFirstDataRow;
  for (const auto& outcome : model.outcomes) {
    for (const auto& result : outcome.indicators) {
      worksheet_write_number(sheet, row, polarity_, polarity_sign(result.indicator->polarity),
                             nullptr);
      for (std::size_t i = 0; i < district_count_ && i < result.districts.size(); ++i) {
        if (const auto& interval = result.districts[i].interval) {
          worksheet_write_number(sheet, row, lower(i), interval->lower, nullptr);
          worksheet_write_number(sheet, row, upper(i), interval->upper, nullptr);
        }
      }
      ++row;
    }
  }
}

}  // namespace scdash::render
