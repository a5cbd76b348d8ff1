// Sparklines: Excel 2010's little line charts in a cell, which libxlsxwriter cannot write.
//
// After libxlsxwriter has closed the workbook, the renderer adds them to the worksheet's XML
// as an x14:sparklineGroups extension (ECMA-376 with the MS-XLSX extensions), rewriting that
// one part of the package (zip_package.hpp). Excel 2010 and later, and LibreOffice, draw them.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "scdash/core/cell_ref.hpp"
#include "scdash/core/expected.hpp"
#include "scdash/kpi/model.hpp"
#include "scdash/template/layout.hpp"

namespace scdash::render {

struct Sparkline {
  core::CellRef cell;      // where it is drawn
  std::string data_range;  // what it draws, e.g. "Trends!B2:Y2"
  // Which of its high and low points is the better, for their colours.
  templates::Polarity polarity = templates::Polarity::none;
  // A series with a figure only every few months (a quarterly return's): its points are joined
  // across the months between, which would otherwise leave dots, not a line.
  bool joins_gaps = false;
  double lowest = 0;  // its data's range, for an axis shared with others or starting at zero
  double highest = 0;
};

// The sparkline of an indicator's trajectory, drawn in `cell` from `data_range` (the
// trajectory's row on the Trends sheet).
Sparkline trajectory_sparkline(core::CellRef cell, std::string data_range,
                               const kpi::IndicatorResult& result);

// Where a sparkline's vertical axis runs: unset ends are its own lowest and highest value.
struct SparklineAxis {
  std::optional<double> minimum;
  std::optional<double> maximum;
};

// The axis of the sparklines `drawn` together in the style: shared, the range of them all;
// columns from zero (or the lowest value, when below it).
SparklineAxis sparkline_axis(const std::vector<Sparkline>& drawn,
                             const templates::SparklineStyle& style);

// The colours of the high and low points of a sparkline of `polarity`.
std::pair<std::uint32_t, std::uint32_t> high_and_low_colours(
    templates::Polarity polarity, const templates::SparklineColours& colours);

// The <extLst> element holding `sparklines` in the layout's style: their type, marked points
// and colours, and their grouping (one group, a group per row, or one on a shared axis).
//
// A group's colours and its handling of empty cells are the group's own, so sparklines of
// different polarities, or of monthly and quarterly series, are in groups of their own; a
// shared axis is then set on each group to the range of them all. Columns stand on zero (a bar's
// length is read as its size), lines span their own data, as Excel draws them.
std::string sparkline_extension(const std::vector<Sparkline>& sparklines,
                                const templates::SparklineStyle& style);

// Inserts the extension into a worksheet's XML, which libxlsxwriter wrote and closed.
core::Expected<void, std::string> insert_sparklines(std::string& worksheet,
                                                    const std::vector<Sparkline>& sparklines,
                                                    const templates::SparklineStyle& style);

}  // namespace scdash::render
