// Coverage rules: every measure the dashboard needs is supplied, for every district, for every
// month of the windows the reported quarter needs, up to the quarter's end.
//
// A missing figure is a warning, not an error: nothing a partner gave is wrong, and the
// figures it would feed say "n/a" with the month or area named. Coverage counts every figure
// a return gives, even one rejected or marked not available, which is reported on its own.
#include <algorithm>
#include <map>
#include <tuple>

#include <fmt/format.h>

#include "scdash/template/indicator_periods.hpp"
#include "validate/rule_context.hpp"

namespace scdash::validate {
namespace {

// The observation of `measure` whose period ends last, among the dashboard's areas; nullptr
// when none.
const core::Observation* latest_of(const RuleContext& context, const std::string& measure) {
  const core::Observation* latest = nullptr;
  for (const auto& area : context.dashboard_areas()) {
    for (const std::size_t i : context.series(measure, area)) {
      const core::Observation& observation = context.observations()[i];
      if (latest == nullptr || observation.period.last > latest->period.last) {
        latest = &observation;
      }
    }
  }
  return latest;
}

void check_measures_supplied(RuleContext& context) {
  std::set<std::string> reported;
  for (const templates::Indicator* indicator : all_indicators(context.inputs().catalogue)) {
    for (const auto& measure : indicator->formula.measures()) {
      if (!context.supplied(measure) && reported.insert(measure).second) {
        const templates::DerivedMeasure* derived =
            context.inputs().catalogue.derivation_of(measure);
        context.report(core::Diagnostic::warning(
            "measure-not-supplied",
            fmt::format("no return supplies {}{}, so '{}' is n/a", measure,
                        derived ? fmt::format(", or all the parts it is derived from ({})",
                                              join_names(derived->parts))
                                : std::string(),
                        indicator->label),
            core::Location::in_file(context.inputs().catalogue.file),
            "add the partner's return to the folder, or a mapping that reads it"));
      }
    }
  }
}

// The months of `window` that no figure of the series covers, up to `until` (months after the
// last one any return gives are return-out-of-date's to report).
std::vector<core::Month> missing_months(const RuleContext& context,
                                        const std::vector<std::size_t>& series, core::Period window,
                                        core::Month until) {
  std::vector<core::Month> missing;
  for (core::Month month = window.first; month <= window.last && month <= until;
       month = month + 1) {
    const bool covered = std::any_of(series.begin(), series.end(), [&](std::size_t i) {
      return context.observations()[i].period.contains(month);
    });
    if (!covered) {
      missing.push_back(month);
    }
  }
  return missing;
}

// months-missing: for each measure and window, the areas that lack the same months, together.
void check_months_present(RuleContext& context) {
  std::set<std::pair<std::string, core::Period>> checked;
  for (const templates::Indicator* indicator : all_indicators(context.inputs().catalogue)) {
    if (indicator->basis == templates::Basis::latest) {
      continue;
    }
    const templates::IndicatorPeriods periods =
        templates::periods_for(*indicator, context.inputs().quarter);
    for (const auto& measure : context.measures_behind(*indicator)) {
      const core::Observation* latest = latest_of(context, measure);
      if (latest == nullptr) {
        continue;
      }
      for (const core::Period window : {periods.current, periods.previous}) {
        if (!checked.insert({measure, window}).second) {
          continue;
        }
        std::map<std::vector<core::Month>, std::vector<std::string>> areas_by_gap;
        std::map<std::vector<core::Month>, const core::Observation*> place_by_gap;
        for (const auto& area : context.dashboard_areas()) {
          const auto& series = context.series(measure, area);
          if (series.empty()) {
            continue;  // no figures at all: district-missing or measure-not-supplied
          }
          auto gap = missing_months(context, series, window, latest->period.last);
          if (!gap.empty()) {
            areas_by_gap[gap].push_back(context.area_name(area));
            place_by_gap.emplace(gap, &context.observations()[series.back()]);
          }
        }
        for (const auto& [gap, areas] : areas_by_gap) {
          const core::SourceRef& place = place_by_gap.at(gap)->source;
          context.report(core::Diagnostic::warning(
              "months-missing",
              fmt::format("no figure for {} in {} for {}, so '{}' for the {} is n/a there", measure,
                          describe_months(gap), join_names(areas), indicator->label,
                          window.label()),
              core::Location::in_sheet(place.file, place.sheet),
              "a rolling figure is never made from fewer months; ask the partner for the "
              "missing months"));
        }
      }
    }
  }
}

// district-missing: a district column with no figure at all for a measure that returns give
// for other districts.
void check_districts_present(RuleContext& context) {
  std::set<std::string> checked;
  for (const templates::Indicator* indicator : all_indicators(context.inputs().catalogue)) {
    if (!indicator->district_breakdown) {
      continue;
    }
    for (const auto& measure : context.measures_behind(*indicator)) {
      if (!checked.insert(measure).second) {
        continue;
      }
      const core::Observation* given = nullptr;
      std::vector<std::string> missing;
      for (const auto& area : context.district_areas()) {
        const auto& series = context.series(measure, area);
        if (series.empty()) {
          missing.push_back(area);
        } else if (given == nullptr) {
          given = &context.observations()[series.front()];
        }
      }
      if (given == nullptr) {
        continue;  // measure-not-supplied, or a measure given for the county only
      }
      for (const auto& area : missing) {
        context.report(core::Diagnostic::warning(
            "district-missing",
            fmt::format("no return gives {} for {}, though this sheet gives it for other "
                        "districts, so {}'s '{}' is n/a",
                        measure, context.area_name(area), context.area_name(area),
                        indicator->label),
            core::Location::in_sheet(given->source.file, given->source.sheet),
            "check the return for a row under another name (add it to the area's aliases), or "
            "ask the partner for it"));
      }
    }
  }
}

// return-out-of-date: the latest figures for a measure end before the months the reported
// quarter needs (the quarter's end, less the indicator's lag). Reported once per file, naming
// its measures.
void check_returns_current(RuleContext& context) {
  struct Shortfall {
    std::string file;
    core::Month latest;
    core::Month needed;
    // Spelt out: the WebAssembly build's C++ library cannot default <=> over a std::string.
    bool operator<(const Shortfall& other) const {
      return std::tie(file, latest, needed) < std::tie(other.file, other.latest, other.needed);
    }
  };
  std::map<Shortfall, std::vector<std::string>> measures_by_shortfall;
  for (const templates::Indicator* indicator : all_indicators(context.inputs().catalogue)) {
    if (indicator->basis == templates::Basis::latest) {
      continue;  // reported values come when they come: the latest one is shown, dated
    }
    const core::Month needed =
        templates::periods_for(*indicator, context.inputs().quarter).current.last;
    for (const auto& measure : context.measures_behind(*indicator)) {
      const core::Observation* latest = latest_of(context, measure);
      if (latest == nullptr || latest->period.last >= needed) {
        continue;
      }
      auto& measures = measures_by_shortfall[{latest->source.file, latest->period.last, needed}];
      if (std::find(measures.begin(), measures.end(), measure) == measures.end()) {
        measures.push_back(measure);
      }
    }
  }
  for (const auto& [shortfall, measures] : measures_by_shortfall) {
    context.report(core::Diagnostic::warning(
        "return-out-of-date",
        fmt::format("the figures for {} end in {}, but {} needs them to {}", join_names(measures),
                    shortfall.latest.short_label(), context.inputs().quarter.label(),
                    shortfall.needed.short_label()),
        core::Location::in_file(shortfall.file),
        "is this the partner's latest return? The figures that need the later months are n/a"));
  }
}

}  // namespace

void check_coverage(RuleContext& context) {
  check_measures_supplied(context);
  check_months_present(context);
  check_districts_present(context);
  check_returns_current(context);
}

}  // namespace scdash::validate
