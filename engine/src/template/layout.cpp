// The default layout: the BI team's 2025/26 format.
#include "scdash/template/layout.hpp"

namespace scdash::templates {

std::vector<ColumnLayout> Layout::default_columns() {
  using enum DashboardColumn;
  return {
      {outcome, "Outcome", 22},
      {overall_rag, "Overall progress RAG", 9},
      {indicator, "Supporting indicator", 38},
      {previous, "Previous\n({previous})", 12},
      {current, "Current\n({current})", 12},
      {change, "Change", 8},
      {direction, "Direction of travel", 9},
      {progress_rag, "Progress RAG", 9},
      {trajectory, "Trajectory", 14},
      {nearest_neighbour, "Nearest neighbour comparison", 11},
      {county_comparison, "County comparison", 10},
      {districts, "", 7},
  };
}

std::vector<ColumnLayout> Layout::optional_columns() {
  using enum DashboardColumn;
  return {
      {regional_average, "Regional average", 10},
      {national_average, "National average", 10},
      {count_change, "Count change", 9},
      {target, "Target", 10},
      {gap, "Gap to target", 10},
      {classification, "Classification", 11},
  };
}

std::string Layout::default_subtitle() {
  return "{area}: {current}, compared with the {previous}. Rates per 10,000 population unless "
         "otherwise stated.";
}

std::vector<std::string> Layout::default_key() {
  return {
      "Values are rates per 10,000 population unless otherwise stated.",
      "Previous: the {previous}. Current: the {current}.",
      "Change: percentage change from previous to current (percentage points for percentages).",
      "Direction of travel: \u2191 up, \u2193 down, \u2192 stable (within the indicator's stable "
      "band); green is better, red is worse, grey is no judgement (no polarity, or stable).",
      "Trajectory: the rolling 12-month figure over 24 months, each line from its own lowest "
      "month to its highest (the axis does not start at zero); high and low points green where "
      "better, red where worse, grey with no polarity.",
      "RAG: {red} red, {amber} amber, {green} green by each indicator's rule (a target, a range "
      "such as SafeLives' 28-40%, the direction of travel, a benchmark, or set by hand by the "
      "partner (manual)); each RAG cell's note "
      "gives the rule and the reason. The overall RAG follows from the outcome's indicators.",
      "{not_available}: not available; {not_applicable}: not applicable to the indicator (no "
      "district breakdown, no comparison). The cell's note gives the reason. A figure that "
      "cannot be computed is never shown as zero.",
      "District columns: {districts}. Each district is coloured against {area}: green "
      "significantly better, amber similar, red significantly worse (95% confidence intervals, "
      "the Fingertips method); for indicators with no polarity dark blue is lower and light blue "
      "higher.",
      "Every figure has a note saying how it was computed and from which return cells.",
  };
}

}  // namespace scdash::templates
