#include "render/sparklines.hpp"

#include <algorithm>
#include <memory>
#include <optional>
#include <utility>

#include <fmt/format.h>

#include "render/xml_text.hpp"
#include "scdash/core/number_text.hpp"

namespace scdash::render {
namespace {

// The extension's identifier for sparkline groups, fixed by MS-XLSX.
constexpr const char* kSparklineExtensionUri = "{05C60535-1F16-4fd2-B633-F4F36F0B64E0}";
// An x14 colour: opaque ARGB.
std::string colour(const char* element, std::uint32_t rgb) {
  return fmt::format("<x14:{} rgb=\"FF{:06X}\"/>", element, rgb);
}

// One x14:sparklineGroup: the style's attributes and colours (in the schema's order), then
// its sparklines, which share a polarity and a way with gaps. Months without a figure are
// gaps, never zeros.
std::string sparkline_group(const std::vector<Sparkline>& sparklines,
                            const templates::SparklineStyle& style, const SparklineAxis& axis) {
  std::string xml = "<x14:sparklineGroup";
  if (axis.maximum) {
    xml += fmt::format(" manualMax=\"{}\"", core::shortest_text(*axis.maximum));
  }
  if (axis.minimum) {
    xml += fmt::format(" manualMin=\"{}\"", core::shortest_text(*axis.minimum));
  }
  if (style.type == templates::SparklineType::column) {
    xml += " type=\"column\"";
  }
  xml += sparklines.front().joins_gaps ? " displayEmptyCellsAs=\"span\""
                                       : " displayEmptyCellsAs=\"gap\"";
  const templates::SparklineMarkers& marked = style.markers;
  for (const auto& [attribute, on] : {std::pair{"high", marked.high},
                                      {"low", marked.low},
                                      {"first", marked.first},
                                      {"last", marked.last},
                                      {"negative", marked.negative}}) {
    if (on) {
      xml += fmt::format(" {}=\"1\"", attribute);
    }
  }
  if (axis.minimum) {
    xml += " minAxisType=\"custom\"";
  }
  if (axis.maximum) {
    xml += " maxAxisType=\"custom\"";
  }
  const templates::SparklineColours& colours = style.colours;
  const auto [high, low] = high_and_low_colours(sparklines.front().polarity, colours);
  xml += ">" + colour("colorSeries", colours.series) + colour("colorNegative", colours.negative) +
         colour("colorAxis", 0x000000) + colour("colorMarkers", colours.series) +
         colour("colorFirst", colours.first) + colour("colorLast", colours.last) +
         colour("colorHigh", high) + colour("colorLow", low) + "<x14:sparklines>";
  for (const auto& sparkline : sparklines) {
    xml += fmt::format("<x14:sparkline><xm:f>{}</xm:f><xm:sqref>{}</xm:sqref></x14:sparkline>",
                       escape_xml(sparkline.data_range), core::to_a1(sparkline.cell));
  }
  return xml + "</x14:sparklines></x14:sparklineGroup>";
}

// The sparklines by group: each its own for a group per row, else by polarity and way with
// gaps, in the order of their first sparkline.
std::vector<std::vector<Sparkline>> groups_of(const std::vector<Sparkline>& sparklines,
                                              templates::SparklineGrouping grouping) {
  std::vector<std::vector<Sparkline>> groups;
  for (const auto& sparkline : sparklines) {
    const auto same = std::find_if(groups.begin(), groups.end(), [&](const auto& group) {
      return grouping != templates::SparklineGrouping::per_row &&
             group.front().polarity == sparkline.polarity &&
             group.front().joins_gaps == sparkline.joins_gaps;
    });
    if (same == groups.end()) {
      groups.push_back({sparkline});
    } else {
      same->push_back(sparkline);
    }
  }
  return groups;
}

// Whether the months with a figure come at one even step of more than a month: a quarterly
// series' rolling 12-month figure, which has one a quarter.
bool reported_every_few_months(const std::vector<kpi::TrajectoryPoint>& trajectory) {
  std::vector<core::Month> months;
  for (const auto& point : trajectory) {
    if (point.value) {
      months.push_back(point.month);
    }
  }
  if (months.size() < 2) {
    return false;
  }
  const int step = months[1] - months[0];
  for (std::size_t i = 1; i < months.size(); ++i) {
    if (months[i] - months[i - 1] != step) {
      return false;
    }
  }
  return step > 1;
}

}  // namespace

std::pair<std::uint32_t, std::uint32_t> high_and_low_colours(
    templates::Polarity polarity, const templates::SparklineColours& colours) {
  switch (polarity) {
    case templates::Polarity::higher_is_better:
      return {colours.better, colours.worse};
    case templates::Polarity::lower_is_better:
      return {colours.worse, colours.better};
    case templates::Polarity::none:
      break;
  }
  return {colours.neutral, colours.neutral};
}

SparklineAxis sparkline_axis(const std::vector<Sparkline>& all,
                             const templates::SparklineStyle& style) {
  SparklineAxis axis;
  if (all.empty()) {
    return axis;
  }
  double low = all.front().lowest;
  double high = all.front().highest;
  for (const auto& sparkline : all) {
    low = std::min(low, sparkline.lowest);
    high = std::max(high, sparkline.highest);
  }
  if (style.grouping == templates::SparklineGrouping::shared) {
    axis = {low, high};
  }
  if (style.type == templates::SparklineType::column) {
    axis.minimum = std::min(0.0, low);
  }
  return axis;
}

Sparkline trajectory_sparkline(core::CellRef cell, std::string data_range,
                               const kpi::IndicatorResult& result) {
  Sparkline sparkline{cell, std::move(data_range), result.indicator->polarity,
                      reported_every_few_months(result.trajectory)};
  bool first = true;
  for (const auto& point : result.trajectory) {
    if (point.value) {
      sparkline.lowest = first ? *point.value : std::min(sparkline.lowest, *point.value);
      sparkline.highest = first ? *point.value : std::max(sparkline.highest, *point.value);
      first = false;
    }
  }
  return sparkline;
}

std::string sparkline_extension(const std::vector<Sparkline>& sparklines,
                                const templates::SparklineStyle& style) {
  std::string xml = fmt::format(
      "<extLst><ext xmlns:x14=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/main\" "
      "uri=\"{}\"><x14:sparklineGroups "
      "xmlns:xm=\"http://schemas.microsoft.com/office/excel/2006/main\">",
      kSparklineExtensionUri);
  for (const auto& group : groups_of(sparklines, style.grouping)) {
    // A shared axis is the range of every sparkline; a zero-based one, each group's own.
    const SparklineAxis axis = sparkline_axis(
        style.grouping == templates::SparklineGrouping::shared ? sparklines : group, style);
    xml += sparkline_group(group, style, axis);
  }
  xml += "</x14:sparklineGroups></ext></extLst>";
  return xml;
}

core::Expected<void, std::string> insert_sparklines(std::string& worksheet,
                                                    const std::vector<Sparkline>& sparklines,
                                                    const templates::SparklineStyle& style) {
  if (sparklines.empty()) {
    return {};
  }
  // extLst is the last child a worksheet may have, so it goes just before the closing tag.
  const auto end = worksheet.rfind("</worksheet>");
  if (end == std::string::npos || worksheet.find("<extLst>") != std::string::npos) {
    return core::unexpected(std::string("not a worksheet this renderer wrote"));
  }
  worksheet.insert(end, sparkline_extension(sparklines, style));
  return {};
}

}  // namespace scdash::render
