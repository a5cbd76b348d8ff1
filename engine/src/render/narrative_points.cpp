#include "render/narrative_points.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <variant>

#include <fmt/format.h>

#include "render/figure_note.hpp"
#include "scdash/core/text.hpp"
#include "scdash/template/placeholders.hpp"

namespace scdash::render {

using templates::StatementKind;

namespace {

// The label without its unit: "Total crime rate (per 10,000 population)" → "Total crime rate".
std::string subject_of(const std::string& label) {
  if (!label.empty() && label.back() == ')') {
    if (const auto open = label.rfind(" ("); open != std::string::npos) {
      return label.substr(0, open);
    }
  }
  return label;
}

std::string unit_of(const std::string& label) {
  const std::string subject = subject_of(label);
  return subject.size() == label.size()
             ? std::string()
             : label.substr(subject.size() + 2, label.size() - subject.size() - 3);
}

// "0.3 percentage points" or "12.9%": a change as the dashboard rounds it.
std::string change_size(double change, bool points) {
  const std::string digits = fmt::format("{:.1f}", std::abs(change));
  return points ? digits + " percentage points" : digits + "%";
}

std::string signed_change(double change, bool points) {
  const std::string size = change_size(change, points);
  if (size.rfind("0.0", 0) == 0) {
    return size;
  }
  return (change > 0 ? "+" : "-") + size;
}

// "Blaby", "Blaby and Melton", "Blaby, Charnwood and Melton".
std::string listed(const std::vector<std::string>& names) {
  if (names.size() < 2) {
    return names.empty() ? std::string() : names.front();
  }
  const std::vector<std::string> leading(names.begin(), names.end() - 1);
  return fmt::format("{} and {}", fmt::join(leading, ", "), names.back());
}

std::string_view better_side(templates::Polarity polarity) {
  return polarity == templates::Polarity::higher_is_better ? "higher is better" : "lower is better";
}

}  // namespace

class PointWriter::Point {
 public:
  Point(const PointWriter& writer, const kpi::IndicatorResult& result)
      : model_(writer.model_),
        wording_(writer.wording_),
        result_(result),
        indicator_(*result.indicator),
        point_{indicator_.id, indicator_.label, {}} {}

  IndicatorPoint write() && {
    if (!result_.current.value) {
      say(StatementKind::not_available, "the current figure cannot be computed", {},
          {{"reason", result_.current.unavailable_reason}});
      return std::move(point_);
    }
    direction();
    rag_rule();
    averages();
    comparators();
    districts();
    small_numbers();
    return std::move(point_);
  }

 private:
  StatementFigure figure(std::string name, double value,
                         std::vector<core::SourceRef> sources = {}) const {
    return {std::move(name), shown_value(value, indicator_), value, std::move(sources)};
  }

  StatementFigure current() const {
    return figure("current", *result_.current.value, result_.current.sources);
  }

  // Adds the kind's statement, unless narrative.yaml leaves the kind out.
  void say(StatementKind kind, std::string rule, std::vector<StatementFigure> figures,
           templates::NamedValues words = {}) {
    const std::string& pattern = wording_.pattern(kind);
    if (pattern.empty()) {
      return;
    }
    words.emplace_back("indicator", indicator_.narrative_name.empty() ? subject_of(indicator_.label)
                                                                      : indicator_.narrative_name);
    words.emplace_back("unit", unit_of(indicator_.label));
    words.emplace_back("area", model_.headline_area_name);
    for (const auto& named : figures) {
      words.emplace_back(named.name, named.text);
    }
    point_.statements.push_back({kind, core::capitalised(templates::expand_named(pattern, words)),
                                 std::move(rule), std::move(figures)});
  }

  void direction() {
    const bool points = result_.change_in_points();
    if (!result_.previous.value || !result_.change || !result_.direction) {
      // A previous figure of zero has no change in per cent to be worked out from.
      const std::string reason =
          result_.previous.value ? "the previous figure is 0" : result_.previous.unavailable_reason;
      say(StatementKind::no_previous, fmt::format("no change can be worked out: {}", reason),
          {current()}, {{"current_period", result_.current.period.label()}, {"reason", reason}});
      return;
    }
    const double change = *result_.change;
    const std::string band = fmt::format("the stable band of \u00B1{}{}", indicator_.stable_band,
                                         points ? " percentage points" : "%");
    const std::string exact = fmt::format("{:+.3f}{}", change, points ? " points" : "%");
    StatementKind kind = StatementKind::stable;
    std::string rule = fmt::format("the change, {}, lies within {}", exact, band);
    if (*result_.direction != kpi::Direction::stable) {
      const bool up = *result_.direction == kpi::Direction::up;
      if (indicator_.polarity == templates::Polarity::none) {
        kind = up ? StatementKind::increased : StatementKind::decreased;
        rule = fmt::format("the change, {}, lies outside {}; the indicator has no polarity", exact,
                           band);
      } else {
        kind = result_.judgement == kpi::Judgement::better ? StatementKind::improved
                                                           : StatementKind::deteriorated;
        rule = fmt::format("the change, {}, lies outside {}, and {}", exact, band,
                           better_side(indicator_.polarity));
      }
    }
    say(kind, std::move(rule),
        {figure("previous", *result_.previous.value, result_.previous.sources), current()},
        {{"change", signed_change(change, points)},
         {"size", change_size(change, points)},
         {"count_change", count_change_clause()},
         {"previous_period", result_.previous.period.label()},
         {"current_period", result_.current.period.label()}});
  }

  void rag_rule() {
    const double value = *result_.current.value;
    if (const auto* range = std::get_if<templates::RangeRule>(&indicator_.rag)) {
      const StatementKind kind = value < range->low    ? StatementKind::below_range
                                 : value > range->high ? StatementKind::above_range
                                                       : StatementKind::within_range;
      const std::string percent = indicator_.formula.is_percentage() ? "%" : "";
      say(kind,
          fmt::format("the range rule: {} against the range {} to {}", value, range->low,
                      range->high),
          {current(), figure("low", range->low), figure("high", range->high)},
          {{"range", fmt::format("{}\u2013{}{}", range->low, range->high, percent)}});
    }
    target();
  }

  // ", 1,141 more crimes": the count change as a clause to follow the change, or nothing for a
  // reported value, so that one pattern reads well for both.
  std::string count_change_clause() const {
    if (!result_.count_change) {
      return {};
    }
    return ", " + counted_change(*result_.count_change, indicator_);
  }

  // Against the indicator's own target, in what its numerator counts ("263 crimes short of the
  // 13% reduction target"), or else against a target rule's level.
  void target() {
    if (indicator_.polarity == templates::Polarity::none) {
      return;
    }
    const double value = *result_.current.value;
    const bool higher_better = indicator_.polarity == templates::Polarity::higher_is_better;
    if (result_.target && result_.target->gap && result_.target->level) {
      const kpi::TargetStanding& standing = *result_.target;
      const std::string name = indicator_.target->describe(indicator_.formula.is_percentage());
      StatementFigure gap = figure("gap", std::abs(*standing.gap));
      gap.text = counted_amount(std::abs(*standing.gap), indicator_);
      say(standing.met ? StatementKind::target_met : StatementKind::target_missed,
          fmt::format("{}: {} against {}, and {}", name, value, *standing.level,
                      better_side(indicator_.polarity)),
          {current(), figure("target", *standing.level), std::move(gap)}, {{"target_name", name}});
      return;
    }
    const auto* rule = std::get_if<templates::TargetRule>(&indicator_.rag);
    if (rule == nullptr || !rule->target) {
      return;
    }
    const double level = *rule->target;
    const bool met = higher_better ? value >= level : value <= level;
    say(met ? StatementKind::target_met : StatementKind::target_missed,
        fmt::format("the target rule: {} against the target {}, and {}", value, level,
                    better_side(indicator_.polarity)),
        {current(), figure("target", level), figure("gap", std::abs(value - level))},
        {{"target_name", fmt::format("the target of {}", shown_value(level, indicator_))}});
  }

  void averages() {
    for (const auto& average : result_.averages) {
      const StatementFigure own = current();
      StatementFigure theirs = figure("average", average.value, {average.source});
      const StatementKind kind = own.text == theirs.text ? StatementKind::same_as_average
                                 : *result_.current.value > average.value
                                     ? StatementKind::above_average
                                     : StatementKind::below_average;
      say(kind,
          fmt::format("{} against the {} average {} that {} gives; a difference, not a test of "
                      "significance",
                      *result_.current.value, templates::average_kind_name(average.kind),
                      average.value, average.source.location().to_string()),
          {own, std::move(theirs)},
          {{"average_area", average.area_name},
           {"average_kind", std::string(templates::average_kind_name(average.kind))}});
    }
  }

  void comparators() {
    if (const auto& rank = result_.most_similar_group) {
      say(StatementKind::group_rank,
          fmt::format("the comparator return ranks it {} of {}, 1 being best", rank->position,
                      rank->of),
          {}, {{"position", std::to_string(rank->position)}, {"of", std::to_string(rank->of)}});
    }
    if (const auto& standing = result_.county_standing) {
      std::string name(kpi::county_standing_name(*standing));
      std::transform(name.begin(), name.end(), name.begin(),
                     [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
      say(StatementKind::county_standing,
          fmt::format("the comparator return places it {} among comparable counties", name), {},
          {{"standing", name}});
    }
  }

  // The area columns compared with the headline area, each set on its own: BCUs are not said
  // in one breath with the LPUs within them.
  void districts() {
    std::vector<std::string> sets;
    for (const kpi::District& district : model_.districts) {
      if (std::find(sets.begin(), sets.end(), district.set) == sets.end()) {
        sets.push_back(district.set);
      }
    }
    for (const std::string& set : sets) {
      districts_in(set);
    }
  }

  void districts_in(const std::string& set) {
    std::vector<const kpi::DistrictFigure*> in_set;
    for (std::size_t i = 0; i < result_.districts.size() && i < model_.districts.size(); ++i) {
      if (model_.districts[i].set == set) {
        in_set.push_back(&result_.districts[i]);
      }
    }
    std::size_t compared = 0;
    for (const auto& [comparison, kind] :
         {std::pair{kpi::Comparison::better, StatementKind::districts_better},
          std::pair{kpi::Comparison::worse, StatementKind::districts_worse},
          std::pair{kpi::Comparison::lower, StatementKind::districts_lower},
          std::pair{kpi::Comparison::higher, StatementKind::districts_higher}}) {
      std::vector<std::string> names;
      std::vector<std::string> intervals;
      std::vector<StatementFigure> figures = {current()};
      for (const kpi::DistrictFigure* in : in_set) {
        const kpi::DistrictFigure& district = *in;
        compared += district.comparison == comparison ? 1 : 0;
        if (district.comparison != comparison || !district.figure.value || !district.interval) {
          continue;
        }
        names.push_back(district_name(district));
        intervals.push_back(fmt::format("{} {} to {}", names.back(),
                                        shown_value(district.interval->lower, indicator_),
                                        shown_value(district.interval->upper, indicator_)));
        figures.push_back(figure(names.back(), *district.figure.value, district.figure.sources));
      }
      if (names.empty()) {
        continue;
      }
      std::string rule =
          fmt::format("the 95% confidence interval of each excludes {}'s {}: {}",
                      model_.headline_area_name, figures.front().text, fmt::join(intervals, "; "));
      say(kind, std::move(rule), std::move(figures),
          {{"districts", listed(names)}, {"are", names.size() == 1 ? "is" : "are"}, {"set", set}});
    }
    const auto similar =
        static_cast<std::size_t>(std::count_if(in_set.begin(), in_set.end(), [](const auto* d) {
          return d->comparison == kpi::Comparison::similar;
        }));
    if (compared == 0 && similar > 0) {
      say(StatementKind::no_district_differs,
          fmt::format("the 95% confidence interval of each of the {} {} compared holds {}'s {}",
                      similar, set, model_.headline_area_name, current().text),
          {current()}, {{"districts", ""}, {"are", ""}, {"set", set}});
    }
  }

  void small_numbers() {
    const templates::Formula& formula = indicator_.formula;
    const auto& traits = formula.traits();
    if (!traits.counts || traits.reported) {
      return;
    }
    const kpi::Figure& figure = result_.current;
    const double count = traits.divisor == templates::Divisor::measure
                             ? std::min(figure.numerator, figure.denominator)
                             : figure.numerator;
    if (count >= wording_.small_numbers_below) {
      return;
    }
    say(StatementKind::small_numbers,
        fmt::format("the figure is computed from {} events, fewer than small_numbers_below ({})",
                    count, wording_.small_numbers_below),
        {{"count", with_thousands(count), count, figure.sources}});
  }

  std::string district_name(const kpi::DistrictFigure& district) const {
    const auto found = std::find_if(
        model_.districts.begin(), model_.districts.end(),
        [&](const kpi::District& named) { return named.area_code == district.area_code; });
    return found == model_.districts.end() ? district.label : found->name;
  }

  const kpi::DashboardModel& model_;
  const templates::NarrativeWording& wording_;
  const kpi::IndicatorResult& result_;
  const templates::Indicator& indicator_;
  IndicatorPoint point_;
};

IndicatorPoint PointWriter::point(const kpi::IndicatorResult& result) const {
  return Point(*this, result).write();
}

}  // namespace scdash::render
