#include "render/figure_note.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

#include <fmt/format.h>

#include "scdash/core/text.hpp"

namespace scdash::render {
namespace {

// "per 10,000, converted from the return's per 1,000: " when the comparators declare their base.
std::string conversion(const templates::Indicator& indicator) {
  const auto& per = indicator.comparators.per;
  if (!per || indicator.formula.traits().divisor != templates::Divisor::population ||
      *per == indicator.formula.rate_per) {
    return {};
  }
  return fmt::format(" (per {}, converted from the return's per {})",
                     with_thousands(indicator.formula.rate_per), with_thousands(*per));
}

}  // namespace

std::string with_thousands(double value) {
  if (value != std::floor(value) || std::abs(value) >= 1e15) {
    return fmt::format("{}", value);
  }
  const std::string digits = fmt::format("{:.0f}", std::abs(value));
  std::string grouped = value < 0 ? "-" : "";
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) {
      grouped += ',';
    }
    grouped += digits[i];
  }
  return grouped;
}

std::string shown_value(double value, const templates::Indicator& indicator) {
  const int decimals = shown_decimals(indicator);
  // Whole figures (counts) are read as the board reads them, with thousands separators.
  const std::string number =
      decimals == 0 ? with_thousands(std::round(value)) : fmt::format("{:.{}f}", value, decimals);
  return number + (indicator.formula.is_percentage() ? "%" : "");
}

int shown_decimals(const templates::Indicator& indicator) {
  const templates::Formula& formula = indicator.formula;
  return indicator.decimals.value_or(formula.is_percentage() ? 1 : formula.traits().decimals);
}

std::string gap_unit(const templates::Indicator& indicator) {
  if (!indicator.counted.empty()) {
    return indicator.counted;
  }
  if (indicator.formula.traits().reported) {
    return indicator.formula.is_percentage() ? "percentage points" : "";
  }
  return indicator.formula.measure;
}

std::string counted_amount(double value, const templates::Indicator& indicator) {
  const std::string unit = gap_unit(indicator);
  const std::string number = indicator.formula.traits().reported
                                 ? fmt::format("{:.{}f}", value, shown_decimals(indicator))
                                 : with_thousands(std::round(value * 100) / 100);
  return unit.empty() ? number : number + " " + unit;
}

std::string counted_change(double change, const templates::Indicator& indicator) {
  const std::string unit = gap_unit(indicator);
  const std::string amount = change == 0 ? "no more"
                                         : fmt::format("{} {}", with_thousands(std::abs(change)),
                                                       change > 0 ? "more" : "fewer");
  // A measure's name is not a noun to count in: "crime.total: 139 fewer".
  return indicator.counted.empty() ? unit + ": " + amount : amount + " " + unit;
}

std::string describe_count_change(double change, const kpi::Figure& previous,
                                  const kpi::Figure& current,
                                  const templates::Indicator& indicator) {
  const std::string phrase = counted_change(change, indicator);
  return fmt::format("{} than in the previous period ({} to {}).",
                     indicator.counted.empty() ? phrase : core::capitalised(phrase),
                     with_thousands(previous.numerator), with_thousands(current.numerator));
}

std::string describe_target(const kpi::TargetStanding& standing, const kpi::Figure& previous,
                            const templates::Indicator& indicator) {
  const templates::Target& target = *indicator.target;
  const std::string name = target.describe(indicator.formula.is_percentage());
  if (!standing.level) {
    return fmt::format("{}: not available, as {}.", core::capitalised(name),
                       standing.unavailable_reason);
  }
  if (target.relative()) {
    const std::string change = target.kind == templates::TargetKind::change_percent
                                   ? fmt::format("{}%", std::abs(target.value))
                                   : with_thousands(std::abs(target.value));
    return fmt::format("{}: the previous figure, {}, {} {}, is {}.", core::capitalised(name),
                       shown_value(*previous.value, indicator), target.value < 0 ? "less" : "plus",
                       change, shown_value(*standing.level, indicator));
  }
  return fmt::format("{}: {}.", core::capitalised(name), shown_value(*standing.level, indicator));
}

std::string describe_gap(const kpi::TargetStanding& standing, const kpi::Figure& current,
                         const templates::Indicator& indicator) {
  if (!standing.gap || !standing.level || !current.value) {
    return {};
  }
  const std::string name = indicator.target->describe(indicator.formula.is_percentage());
  const double gap = *standing.gap;
  const std::string against = fmt::format("{} against {}", shown_value(*current.value, indicator),
                                          shown_value(*standing.level, indicator));
  if (indicator.polarity == templates::Polarity::none) {
    return fmt::format("{} {} {} ({}).",
                       core::capitalised(counted_amount(std::abs(gap), indicator)),
                       gap > 0 ? "above" : "below", name, against);
  }
  if (standing.met) {
    return fmt::format("{} is met, with {} to spare ({}).", core::capitalised(name),
                       counted_amount(std::abs(gap), indicator), against);
  }
  if (indicator.polarity == templates::Polarity::higher_is_better) {
    return fmt::format("A further {} {} needed to reach {} ({}).", counted_amount(-gap, indicator),
                       -gap == 1 ? "is" : "are", name, against);
  }
  return fmt::format("{} short of {} ({}).", core::capitalised(counted_amount(gap, indicator)),
                     name, against);
}

std::string describe_against_previous(const kpi::DistrictFigure& district,
                                      const templates::Indicator& indicator) {
  const kpi::Figure& previous = district.previous;
  const kpi::Figure& current = district.figure;
  if (!previous.value || !current.value) {
    return {};
  }
  std::string text = fmt::format("Previous period: {}", shown_value(*previous.value, indicator));
  if (district.change) {
    text += fmt::format("; {:+.1f}{}", *district.change,
                        indicator.formula.is_percentage() ? " percentage points" : "%");
  }
  if (const auto change = kpi::count_change(indicator.formula, previous, current)) {
    text += " (" + counted_change(*change, indicator) + ")";
  }
  text += ".";
  if (district.target) {
    if (const std::string gap = describe_gap(*district.target, current, indicator); !gap.empty()) {
      text += " " + gap;
      if (indicator.target->relative()) {
        text += " The target is the same change on its own previous figure.";
      }
    }
  }
  return text;
}

std::string explain_average(const kpi::Average& average, const templates::Indicator& indicator) {
  return fmt::format("{}, {} average: {}, {}{}, from {}.", average.area_name,
                     templates::average_kind_name(average.kind), average.period.label(),
                     shown_value(average.value, indicator), conversion(indicator),
                     average.source.location().to_string());
}

std::string describe_trajectory(const std::vector<kpi::TrajectoryPoint>& trajectory,
                                const templates::Indicator& indicator) {
  std::vector<const kpi::TrajectoryPoint*> drawn;
  for (const auto& point : trajectory) {
    if (point.value) {
      drawn.push_back(&point);
    }
  }
  if (drawn.size() < 2) {
    return {};
  }
  const auto by_value = [](const auto* a, const auto* b) { return *a->value < *b->value; };
  const auto [lowest, highest] = std::minmax_element(drawn.begin(), drawn.end(), by_value);
  const auto at = [&](const kpi::TrajectoryPoint* point) {
    return fmt::format("{} in {}", shown_value(*point->value, indicator),
                       point->month.short_label());
  };
  return fmt::format(
      "Trajectory, the rolling 12-month figure to each month (the Trends sheet): from {} to {}; "
      "lowest {}, highest {}.",
      at(drawn.front()), at(drawn.back()), at(*lowest), at(*highest));
}

std::string describe_comparison(const kpi::DistrictFigure& district, const kpi::Figure& county,
                                const std::string& county_name,
                                const templates::Indicator& indicator) {
  if (district.comparison == kpi::Comparison::not_compared || !district.interval || !county.value) {
    return {};
  }
  const auto verdict = [&]() -> std::string {
    switch (district.comparison) {
      case kpi::Comparison::better:
        return "Significantly better than";
      case kpi::Comparison::worse:
        return "Significantly worse than";
      case kpi::Comparison::lower:
        return "Significantly lower than";
      case kpi::Comparison::higher:
        return "Significantly higher than";
      case kpi::Comparison::similar:
      case kpi::Comparison::not_compared:
        break;
    }
    return "Similar to";
  }();
  return fmt::format("{} {}: its 95% confidence interval, {} to {}, {} {}'s {}.", verdict,
                     county_name, shown_value(district.interval->lower, indicator),
                     shown_value(district.interval->upper, indicator),
                     district.comparison == kpi::Comparison::similar ? "includes" : "excludes",
                     county_name, shown_value(*county.value, indicator));
}

std::string describe_averages(const std::vector<kpi::Average>& averages,
                              const templates::Indicator& indicator) {
  std::vector<std::string> lines;
  for (const auto& average : averages) {
    lines.push_back(explain_average(average, indicator));
  }
  return fmt::format("{}", fmt::join(lines, "\n"));
}

std::string describe_sources(const kpi::Figure& figure) {
  struct Extent {
    core::CellRef top_left{core::kMaxRows, core::kMaxColumns};
    core::CellRef bottom_right{0, 0};
    std::size_t cells = 0;
  };
  std::map<std::pair<std::string, std::string>, Extent> by_sheet;
  for (const auto& source : figure.sources) {
    Extent& extent = by_sheet[{source.file, source.sheet}];
    extent.top_left.row = std::min(extent.top_left.row, source.cell.row);
    extent.top_left.column = std::min(extent.top_left.column, source.cell.column);
    extent.bottom_right.row = std::max(extent.bottom_right.row, source.cell.row);
    extent.bottom_right.column = std::max(extent.bottom_right.column, source.cell.column);
    ++extent.cells;
  }
  std::vector<std::string> parts;
  for (const auto& [where, extent] : by_sheet) {
    const std::string range =
        extent.top_left == extent.bottom_right
            ? core::to_a1(extent.top_left)
            : core::to_a1(extent.top_left) + ":" + core::to_a1(extent.bottom_right);
    parts.push_back(fmt::format("{}!{}!{} ({} cell{})", where.first, where.second, range,
                                extent.cells, extent.cells == 1 ? "" : "s"));
  }
  return fmt::format("{}", fmt::join(parts, "; "));
}

std::string explain_figure(const kpi::Figure& figure, const templates::Indicator& indicator) {
  if (!figure.value) {
    return "Not available: " + figure.unavailable_reason + ".";
  }
  const templates::Formula& formula = indicator.formula;
  const std::string vintage =
      figure.denominator_from_earlier_year
          ? fmt::format("{}, the latest before {}", figure.denominator_vintage,
                        figure.period.last.year())
          : figure.denominator_vintage;
  const std::string derived = figure.derivations.empty()
                                  ? std::string()
                                  : fmt::format(" Derived as the template defines it: {}.",
                                                fmt::join(figure.derivations, "; "));
  return fmt::format(fmt::runtime(formula.traits().note), fmt::arg("period", figure.period.label()),
                     fmt::arg("sources", describe_sources(figure)),
                     fmt::arg("measure", formula.measure),
                     fmt::arg("denominator_measure", formula.denominator_measure),
                     fmt::arg("numerator", with_thousands(figure.numerator)),
                     fmt::arg("denominator", with_thousands(figure.denominator)),
                     fmt::arg("multiplier", with_thousands(formula.multiplier())),
                     fmt::arg("population", core::denominator_name(figure.denominator_kind)),
                     fmt::arg("vintage", vintage),
                     fmt::arg("percent", formula.reported_percentage ? "%" : ""),
                     fmt::arg("value", *figure.value)) +
         derived;
}

}  // namespace scdash::render
