#include "render/trajectory_charts.hpp"

namespace scdash::render {
namespace {

// Charts are 480 by 288 pixels until scaled.
constexpr double kChartWidth = 480;
constexpr double kChartHeight = 288;
// The chart keeps clear of the cell's borders.
constexpr double kInset = 2;

void hide_frame(lxw_chart* chart) {
  lxw_chart_line none = {};
  none.none = LXW_TRUE;
  lxw_chart_fill clear = {};
  clear.none = LXW_TRUE;
  chart_chartarea_set_line(chart, &none);
  chart_chartarea_set_fill(chart, &clear);
  chart_plotarea_set_line(chart, &none);
  chart_plotarea_set_fill(chart, &clear);
  chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
  chart_title_off(chart);
  chart_axis_off(chart->x_axis);
  chart_axis_off(chart->y_axis);
  chart_axis_major_gridlines_set_visible(chart->y_axis, LXW_FALSE);
}

}  // namespace

void draw_trajectory_chart(lxw_workbook* workbook, lxw_worksheet* sheet, const Sparkline& sparkline,
                           const std::vector<Sparkline>& drawn,
                           const templates::SparklineStyle& style, double width, double height) {
  const bool columns = style.type == templates::SparklineType::column;
  lxw_chart* chart = workbook_add_chart(workbook, columns ? LXW_CHART_COLUMN : LXW_CHART_LINE);
  hide_frame(chart);
  const std::string values = "=" + sparkline.data_range;
  lxw_chart_series* series = chart_add_series(chart, nullptr, values.c_str());
  if (columns) {
    lxw_chart_fill fill = {};
    fill.color = style.colours.series;
    chart_series_set_fill(series, &fill);
    chart_set_series_gap(chart, 50);
  } else {
    lxw_chart_line line = {};
    line.color = style.colours.series;
    line.width = 1.25;
    chart_series_set_line(series, &line);
    chart_series_set_marker_type(series, LXW_CHART_MARKER_NONE);
  }
  const SparklineAxis axis = sparkline_axis(style.grouping == templates::SparklineGrouping::shared
                                                ? drawn
                                                : std::vector<Sparkline>{sparkline},
                                            style);
  const double lowest = axis.minimum.value_or(sparkline.lowest);
  const double highest = axis.maximum.value_or(sparkline.highest);
  chart_axis_set_min(chart->y_axis, lowest);
  // A flat series still needs a range to be drawn in: it is drawn across the middle.
  chart_axis_set_max(chart->y_axis, highest > lowest ? highest : lowest + 1);
  if (highest <= lowest) {
    chart_axis_set_min(chart->y_axis, lowest - 1);
  }
  chart_show_blanks_as(
      chart, sparkline.joins_gaps ? LXW_CHART_BLANKS_AS_CONNECTED : LXW_CHART_BLANKS_AS_GAP);
  // The data is on the Trends sheet, which the printed copy hides.
  chart_show_hidden_data(chart);

  lxw_chart_options options = {};
  options.x_offset = static_cast<std::int32_t>(kInset);
  options.y_offset = static_cast<std::int32_t>(kInset);
  options.x_scale = (width - 2 * kInset) / kChartWidth;
  options.y_scale = (height - 2 * kInset) / kChartHeight;
  options.object_position = LXW_OBJECT_MOVE_AND_SIZE;
  worksheet_insert_chart_opt(sheet, sparkline.cell.row,
                             static_cast<lxw_col_t>(sparkline.cell.column), chart, &options);
}

}  // namespace scdash::render
