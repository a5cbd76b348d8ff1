// How tall a row must be for its wrapped text, and how big a cell is in pixels. Excel grows a row
// to fit wrapped text only when it lays the sheet out itself, and never for a merged cell;
// LibreOffice keeps the heights written. So the renderer sets them, from an estimate that errs on
// the generous side: a line too many leaves a little space, a line too few hides the end of a
// sentence.
#pragma once

#include <cstddef>
#include <string_view>

namespace scdash::render {

// The lines `text` wraps to in a cell `width` characters wide (Excel's unit: the width of a
// digit of the workbook's default font, Calibri 11) at `font_size` points; each line break
// starts a line, and a word longer than a line takes as many as it needs.
std::size_t wrapped_lines(std::string_view text, double width, double font_size);

// The height in points of a row of `lines` lines at `font_size` points.
double row_height(std::size_t lines, double font_size);

// The pixels (at 96 an inch) of a column `width` characters wide, and of a row `height` points
// tall, as Excel lays them out: for drawing over a cell.
double column_pixels(double width);
double row_pixels(double height);

}  // namespace scdash::render
