#include "scdash/template/narrative_wording.hpp"

#include <algorithm>

namespace scdash::templates {
namespace {

using Names = std::vector<std::string_view>;

const Names kDirectionNames = {"indicator",       "unit",           "previous",
                               "current",         "change",         "size",
                               "previous_period", "current_period", "count_change"};
const Names kRuleNames = {"indicator", "current", "low", "high",
                          "range",     "target",  "gap", "target_name"};
const Names kAverageNames = {"indicator", "current", "average", "average_area", "average_kind"};
const Names kDistrictNames = {"indicator", "districts", "are", "area", "set"};

}  // namespace

const std::vector<StatementKindInfo>& statement_kinds() {
  static const std::vector<StatementKindInfo> kinds = {
      {StatementKind::stable, "stable", "the change lies within the indicator's stable band",
       kDirectionNames,
       "{indicator} has remained stable at {current}, against {previous} in the previous year."},
      {StatementKind::improved, "improved",
       "the change lies outside the stable band, in the direction the polarity calls better",
       kDirectionNames,
       "{indicator} has improved, from {previous} to {current} ({change} on the previous "
       "year)."},
      {StatementKind::deteriorated, "deteriorated",
       "the change lies outside the stable band, in the direction the polarity calls worse",
       kDirectionNames,
       "{indicator} is deteriorating, from {previous} to {current} ({change} on the previous "
       "year)."},
      {StatementKind::increased, "increased",
       "the figure rose by more than the stable band, and the indicator has no polarity",
       kDirectionNames,
       "{indicator} has increased, from {previous} to {current} ({change} on the previous "
       "year); it has no polarity, so this is neither good nor bad."},
      {StatementKind::decreased, "decreased",
       "the figure fell by more than the stable band, and the indicator has no polarity",
       kDirectionNames,
       "{indicator} has decreased, from {previous} to {current} ({change} on the previous "
       "year); it has no polarity, so this is neither good nor bad."},
      {StatementKind::no_previous,
       "no_previous",
       "there is a current figure but no change from the previous period",
       {"indicator", "unit", "current", "current_period", "reason"},
       "{indicator} is {current}; it cannot be compared with the previous year ({reason})."},
      {StatementKind::within_range, "within_range", "a range rule, the figure inside it",
       kRuleNames, "This is within the recommended range of {range}."},
      {StatementKind::below_range, "below_range", "a range rule, the figure below its low end",
       kRuleNames, "This is below the recommended range of {range}."},
      {StatementKind::above_range, "above_range", "a range rule, the figure above its high end",
       kRuleNames, "This is above the recommended range of {range}."},
      {StatementKind::target_met, "target_met",
       "the indicator's target (or a target rule's), the figure at it or on its better side",
       kRuleNames, "This meets the target of {target}."},
      {StatementKind::target_missed, "target_missed",
       "the indicator's target (or a target rule's), the figure on its worse side", kRuleNames,
       "This misses the target of {target} by {gap}."},
      {StatementKind::above_average, "above_average",
       "a comparator return gives a regional or national average below the figure", kAverageNames,
       "It is higher than the {average_kind} average for {average_area} ({average})."},
      {StatementKind::below_average, "below_average",
       "a comparator return gives an average above the figure", kAverageNames,
       "It is lower than the {average_kind} average for {average_area} ({average})."},
      {StatementKind::same_as_average, "same_as_average",
       "a comparator return gives an average equal to the figure as shown", kAverageNames,
       "It is the same as the {average_kind} average for {average_area} ({average})."},
      {StatementKind::group_rank,
       "group_rank",
       "a comparator return ranks the most similar group",
       {"indicator", "position", "of"},
       "It ranks {position} of {of} in its most similar group of areas, where 1 is the best."},
      {StatementKind::county_standing,
       "county_standing",
       "a comparator return places the area among comparable counties",
       {"indicator", "standing"},
       "Among comparable counties its performance is in the {standing} group."},
      {StatementKind::districts_better, "districts_better",
       "districts whose 95% interval lies wholly on the better side of the headline figure",
       kDistrictNames, "{districts} {are} significantly better than {area} as a whole."},
      {StatementKind::districts_worse, "districts_worse",
       "districts whose 95% interval lies wholly on the worse side of the headline figure",
       kDistrictNames, "{districts} {are} significantly worse than {area} as a whole."},
      {StatementKind::districts_lower, "districts_lower",
       "no polarity: districts whose 95% interval lies wholly below the headline figure",
       kDistrictNames, "{districts} {are} significantly lower than {area} as a whole."},
      {StatementKind::districts_higher, "districts_higher",
       "no polarity: districts whose 95% interval lies wholly above the headline figure",
       kDistrictNames, "{districts} {are} significantly higher than {area} as a whole."},
      {StatementKind::no_district_differs, "no_district_differs",
       "districts were compared and every interval holds the headline figure", kDistrictNames,
       "No district differs significantly from {area} as a whole."},
      {StatementKind::not_available,
       "not_available",
       "the current figure cannot be computed",
       {"indicator", "reason"},
       "{indicator} is not available this quarter: {reason}."},
      {StatementKind::small_numbers,
       "small_numbers",
       "the current figure is computed from fewer events than small_numbers_below",
       {"indicator", "count"},
       "The numbers are small ({count}), so small fluctuations can disproportionately affect the "
       "figures."},
  };
  return kinds;
}

const StatementKindInfo& statement_kind(StatementKind kind) {
  const auto& kinds = statement_kinds();
  return *std::find_if(kinds.begin(), kinds.end(),
                       [&](const StatementKindInfo& info) { return info.kind == kind; });
}

std::vector<std::string> ReportFrame::default_introduction() {
  return {
      "The purpose of this report is to update the Board regarding performance for {quarter}.",
      "The dashboard for {quarter} is attached to this report as Appendix 1. It compares the "
      "{current} with the {previous}, gives the rolling 12-month trajectory of each indicator "
      "and, where available, a breakdown by district.",
      "The report presents broad trends for {area}, and the narrative reflects this. Performance "
      "within localities can differ, sometimes considerably, and the report should be read with "
      "this in mind.",
  };
}

std::vector<std::string> NarrativeWording::default_patterns() {
  std::vector<std::string> patterns(statement_kinds().size());
  for (const auto& info : statement_kinds()) {
    patterns[static_cast<std::size_t>(info.kind)] = std::string(info.pattern);
  }
  return patterns;
}

}  // namespace scdash::templates
