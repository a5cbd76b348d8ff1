// Sparklines: Excel 2010's little line charts in a cell, which libxlsxwriter cannot write.
//
// After libxlsxwriter has closed the workbook, the renderer adds them to the worksheet's XML
// as an x14:sparklineGroups extension (ECMA-376 with the MS-XLSX extensions), rewriting that
// one part of the package with libzip. Excel 2010 and later, and LibreOffice, draw them.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "scdash/core/cell_ref.hpp"
#include "scdash/core/expected.hpp"
#include "scdash/template/layout.hpp"

namespace scdash::render {

struct Sparkline {
  core::CellRef cell;      // where it is drawn
  std::string data_range;  // what it draws, e.g. "'Trends'!B2:Y2"
};

// The <extLst> element holding `sparklines` in the layout's style: their type, marked points
// and colours, and their grouping (one group, a group per row, or one on a shared axis).
std::string sparkline_extension(const std::vector<Sparkline>& sparklines,
                                const templates::SparklineStyle& style);

// Inserts the extension into the worksheet part `part` (e.g. "xl/worksheets/sheet1.xml") of
// the .xlsx at `path`, keeping every entry's fixed timestamp so that output stays reproducible.
core::Expected<void, std::string> add_sparklines(const std::filesystem::path& path,
                                                 const std::string& part,
                                                 const std::vector<Sparkline>& sparklines,
                                                 const templates::SparklineStyle& style);

}  // namespace scdash::render
