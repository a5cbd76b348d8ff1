// The trajectories of the copy LibreOffice prints (scdash run --pdf) as small charts.
//
// LibreOffice 7.4 prints of a line sparkline only its marked points, so the printed copy draws
// each trajectory instead as a chart over its cell: the same data, the same kind (a line, or
// columns), its gaps joined where the sparkline joins them and its axis where the sparkline's
// runs, so that the page shows what the workbook shows.
#pragma once

#include <vector>

#include <xlsxwriter.h>

#include "render/sparklines.hpp"

namespace scdash::render {

// A chart drawing `sparkline` over its cell, `width` by `height` pixels; `drawn` are all the
// sparklines, for a shared axis.
void draw_trajectory_chart(lxw_workbook* workbook, lxw_worksheet* sheet, const Sparkline& sparkline,
                           const std::vector<Sparkline>& drawn,
                           const templates::SparklineStyle& style, double width, double height);

}  // namespace scdash::render
