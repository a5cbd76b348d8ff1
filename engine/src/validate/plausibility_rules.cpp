// Plausibility: a month far from the same calendar month in earlier years is a typo or a
// change in how a partner counts more often than a real change. A warning only: the figure is
// used as given.
#include <algorithm>
#include <map>
#include <numeric>

#include <fmt/format.h>

#include "validate/rule_context.hpp"

namespace scdash::validate {
namespace {

constexpr std::string_view kMonthNames[] = {"January",   "February", "March",    "April",
                                            "May",       "June",     "July",     "August",
                                            "September", "October",  "November", "December"};

// The usable single-month figures of a series in time order, one per month (the first given).
std::vector<const core::Observation*> monthly_figures(const RuleContext& context,
                                                      const std::vector<std::size_t>& series) {
  std::map<core::Month, const core::Observation*> by_month;
  for (const std::size_t i : series) {
    const core::Observation& observation = context.observations()[i];
    if (context.usable(i) && observation.period.months() == 1) {
      by_month.emplace(observation.period.first, &observation);
    }
  }
  std::vector<const core::Observation*> figures;
  for (const auto& [month, observation] : by_month) {
    figures.push_back(observation);
  }
  return figures;
}

void check_series(RuleContext& context, const std::vector<const core::Observation*>& figures) {
  const templates::ValidationSettings& settings = context.settings();
  // Each calendar month's accepted figures in earlier years; an implausible month is left out
  // of the history, so that one typo does not make the next year's figure look wrong too.
  std::map<int, std::vector<const core::Observation*>> history;
  for (const core::Observation* figure : figures) {
    auto& earlier = history[figure->period.first.month()];
    if (earlier.empty()) {
      earlier.push_back(figure);
      continue;
    }
    const double level =
        std::accumulate(earlier.begin(), earlier.end(), 0.0,
                        [](double sum, const core::Observation* o) { return sum + o->value; }) /
        static_cast<double>(earlier.size());
    const bool high = figure->value > level * settings.month_change_factor;
    const bool low = figure->value * settings.month_change_factor < level;
    if (level < settings.month_history_minimum || (!high && !low)) {
      earlier.push_back(figure);
      continue;
    }
    std::vector<std::string> years;
    for (const core::Observation* o : earlier) {
      years.push_back(std::to_string(o->period.first.year()));
    }
    const auto month_name = kMonthNames[static_cast<std::size_t>(figure->period.first.month() - 1)];
    context.report(context.about(
        *figure, core::Severity::warning, "month-implausible",
        fmt::format("{} is {}, {} the average of {:g} for {} in earlier years ({})",
                    context.describe(*figure), figure->value,
                    high ? fmt::format("more than {} times", settings.month_change_factor)
                         : fmt::format("less than 1/{} of", settings.month_change_factor),
                    level, month_name, join_names(years)),
        "a typo, or a change in how the partner counts? The figure is used as it is; correct "
        "the return if it is wrong"));
  }
}

}  // namespace

void check_plausibility(RuleContext& context) {
  for (const auto& measure : counted_measures(context.inputs().catalogue)) {
    for (const auto& area : context.dashboard_areas()) {
      check_series(context, monthly_figures(context, context.series(measure, area)));
    }
  }
}

}  // namespace scdash::validate
