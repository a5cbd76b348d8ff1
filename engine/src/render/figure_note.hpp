// The words that explain a figure: how it was computed and from which cells.
//
//   scdash::render::explain_figure(result.current, *result.indicator);
//   // "12 months to Sep 2025: 40,123 crime.total from ...\n40,123 ÷ population 712,300 ..."
#pragma once

#include <string>
#include <vector>

#include "scdash/kpi/model.hpp"
#include "scdash/template/catalogue.hpp"

namespace scdash::render {

// "12 monthly figures (84 cells, police-crime.xlsx!Districts!B9 to N15) sum to 40,123;
//  ÷ population 712,300 (Census 2021) × 10,000 = 563.29", or the reason it is not available.
std::string explain_figure(const kpi::Figure& figure, const templates::Indicator& indicator);

// How a district's figure compares with the county's, for its note: "Significantly better than
// Leicestershire: its 95% confidence interval, 3.10 to 4.50, excludes Leicestershire's 5.20."
// Empty when it is not compared.
std::string describe_comparison(const kpi::DistrictFigure& district, const kpi::Figure& county,
                                const std::string& county_name,
                                const templates::Indicator& indicator);

// The regional and national averages the comparator returns give, for the notes of the
// comparison cells: one line per average, as explain_average words it; empty when there are none.
std::string describe_averages(const std::vector<kpi::Average>& averages,
                              const templates::Indicator& indicator);

// One average's note: "East Midlands, regional average: 12 months to Sep 2025, 552.10 (per
// 10,000, converted from the return's per 1,000), from iquanta-msg.xlsx!MSG!B13."
std::string explain_average(const kpi::Average& average, const templates::Indicator& indicator);

// The trajectory in words, for the indicator label's note: "Trajectory, the rolling 12-month
// figure to each month (the Trends sheet): from 594.33 in Oct 2023 to 577.94 in Sep 2025;
// lowest 570.10 in Aug 2025, highest 600.20 in Jan 2024." Empty when fewer than two months
// have a figure.
std::string describe_trajectory(const std::vector<kpi::TrajectoryPoint>& trajectory,
                                const templates::Indicator& indicator);

// What the gap to the indicator's target and its count change are counted in: its `counted`
// ("crimes"), "percentage points" for a reported percentage, else its numerator measure.
std::string gap_unit(const templates::Indicator& indicator);

// An amount in the gap's unit: "263 crimes", "2.4 percentage points".
std::string counted_amount(double value, const templates::Indicator& indicator);

// A count change as a phrase: "1,141 more crimes", "2,051 fewer outcomes", "no more crimes";
// without `counted`, after the measure's name: "crime.total: 139 fewer".
std::string counted_change(double change, const templates::Indicator& indicator);

// The count change in words: "1,141 more crimes than in the previous period (40,750 to
// 41,891)."
std::string describe_count_change(double change, const kpi::Figure& previous,
                                  const kpi::Figure& current,
                                  const templates::Indicator& indicator);

// The target's level and how it is set: "The 13% reduction target: the previous figure, 2,768,
// less 13%, is 2,408." Or why it is not available.
std::string describe_target(const kpi::TargetStanding& standing, const kpi::Figure& previous,
                            const templates::Indicator& indicator);

// The gap in words, by polarity: "263 crimes short of the 13% reduction target (2,671 against
// 2,408).", "A further 219 outcomes are needed to reach the 25% target (16.8% against 25.0%).",
// "The 50% target is met, with 0 outcomes to spare (50.0% against 50.0%)." Empty without a gap.
std::string describe_gap(const kpi::TargetStanding& standing, const kpi::Figure& current,
                         const templates::Indicator& indicator);

// An area column's figure against its own previous one, for its note: "Previous period: 1,254;
// -7.0% (88 fewer crimes). 76 crimes short of the 13% reduction target (1,166 against 1,090.98),
// the target applied to its own previous figure." Empty without both figures.
std::string describe_against_previous(const kpi::DistrictFigure& district,
                                      const templates::Indicator& indicator);

// 40123 → "40,123"; 12.5 → "12.5". Counts are shown the way the board reads them.
std::string with_thousands(double value);

// "552.10", "32.8%" or "41,891", as the dashboard shows the indicator's figures.
std::string shown_value(double value, const templates::Indicator& indicator);

// The decimal places the indicator's figures are shown with: its own, or none for counts, one
// for percentages and two for everything else.
int shown_decimals(const templates::Indicator& indicator);

// Groups a figure's source cells by file and sheet: "file!sheet!B9:N15 (84 cells)".
std::string describe_sources(const kpi::Figure& figure);

}  // namespace scdash::render
