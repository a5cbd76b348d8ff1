// The words that explain a figure: how it was computed and from which cells.
#pragma once

#include <string>

#include "scdash/kpi/catalogue.hpp"
#include "scdash/kpi/model.hpp"

namespace scdash::render {

// "12 monthly figures (84 cells, police-crime.xlsx!Districts!B9 to N15) sum to 40,123;
//  ÷ population 712,300 (Census 2021) × 10,000 = 563.29", or the reason it is not available.
std::string explain_figure(const kpi::Figure& figure, const kpi::Indicator& indicator);

// Groups a figure's source cells by file and sheet: "file!sheet!B9:N15 (84 cells)".
std::string describe_sources(const kpi::Figure& figure);

}  // namespace scdash::render
