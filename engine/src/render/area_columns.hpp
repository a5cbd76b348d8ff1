// The area columns the Dashboard sheet shows: the template's area sets that the layout's
// districts column names (all of them when it names none). The others stay in the model for the
// Districts sheet and report.json.
#pragma once

#include "scdash/kpi/model.hpp"
#include "scdash/template/layout.hpp"

namespace scdash::render {

// `model` with only the area columns `layout` shows, in each indicator's figures too.
kpi::DashboardModel with_area_columns_shown(const kpi::DashboardModel& model,
                                            const templates::Layout& layout);

}  // namespace scdash::render
