// Reference data: every rate needs a population for its area and year, and a recent one.
#include <algorithm>
#include <map>
#include <tuple>

#include <fmt/format.h>

#include "scdash/template/indicator_periods.hpp"
#include "validate/rule_context.hpp"

namespace scdash::validate {
namespace {

// What an area's rates lack: no population at all, or only an old one.
struct Shortfall {
  core::Denominator denominator = core::Denominator::persons;
  int population_year = 0;  // 0 when there is none
  std::string vintage;
  // Spelt out: the WebAssembly build's C++ library cannot default <=> over a std::string.
  bool operator<(const Shortfall& other) const {
    return std::tie(denominator, population_year, vintage) <
           std::tie(other.denominator, other.population_year, other.vintage);
  }
};

std::string join_years(const std::set<int>& years) {
  std::vector<std::string> texts;
  for (const int year : years) {
    texts.push_back(std::to_string(year));
  }
  return join_names(texts);
}

}  // namespace

// Areas with the same shortfall for the same years are one diagnostic, so that a table
// without this year's estimates is reported once, not once per area.
void check_reference_data(RuleContext& context) {
  const ValidationInputs& inputs = context.inputs();
  const int max_age = context.settings().population_max_age_years;
  // For each area, in the order first needed: each shortfall and the years it affects.
  std::vector<std::string> area_order;
  std::map<std::string, std::map<Shortfall, std::set<int>>> shortfalls;
  for (const templates::Indicator* indicator : all_indicators(inputs.catalogue)) {
    if (indicator->formula.traits().divisor != templates::Divisor::population ||
        indicator->basis == templates::Basis::latest) {
      continue;
    }
    std::vector<std::string> areas = {inputs.catalogue.headline_area};
    if (indicator->district_breakdown) {
      areas.insert(areas.end(), context.district_areas().begin(), context.district_areas().end());
    }
    const templates::IndicatorPeriods periods = templates::periods_for(*indicator, inputs.quarter);
    const core::Denominator denominator = indicator->formula.population;
    for (const core::Period window : {periods.current, periods.previous}) {
      const int year = window.last.year();  // the year whose population a rate divides by
      for (const auto& area : areas) {
        const core::Population* population = inputs.populations.best_for(area, year, denominator);
        if (population != nullptr && year - population->year <= max_age) {
          continue;
        }
        if (!shortfalls.contains(area)) {
          area_order.push_back(area);
        }
        const Shortfall shortfall =
            population == nullptr ? Shortfall{denominator, 0, {}}
                                  : Shortfall{denominator, population->year, population->vintage};
        shortfalls[area][shortfall].insert(year);
      }
    }
  }
  std::map<std::pair<Shortfall, std::set<int>>, std::vector<std::string>> grouped;
  for (const auto& area : area_order) {
    for (const auto& [shortfall, years] : shortfalls[area]) {
      grouped[{shortfall, years}].push_back(context.area_name(area));
    }
  }
  const core::Location where = core::Location::in_file(inputs.populations_file);
  for (const auto& [key, areas] : grouped) {
    const auto& [shortfall, years] = key;
    const std::string_view name = core::denominator_name(shortfall.denominator);
    if (shortfall.population_year == 0) {
      context.report(core::Diagnostic::error(
          "population-missing",
          fmt::format("no {} figure for {} for {} or any earlier year, so the rates that need "
                      "it are n/a",
                      name, join_names(areas), join_years(years)),
          where,
          fmt::format("add the ONS mid-year estimates for {} to this file", join_years(years))));
    } else {
      context.report(core::Diagnostic::warning(
          "population-out-of-date",
          fmt::format("the {} figures for {} are from {} ({}), more than {} years before {}, "
                      "whose rates use them",
                      name, join_names(areas), shortfall.population_year, shortfall.vintage,
                      max_age, join_years(years)),
          where,
          "add more recent ONS mid-year estimates to this file, or raise "
          "'population_max_age_years' in the template"));
    }
  }
}

}  // namespace scdash::validate
