#include "scdash/kpi/suppression.hpp"

#include <algorithm>
#include <iterator>
#include <optional>

#include <fmt/format.h>

namespace scdash::kpi {
namespace {

// The smallest count `figure` is computed from that `policy` hides, with its measure: the count
// of a count or a rate, either part of a percentage or a ratio. None for a reported value, whose
// parts are no counts.
std::optional<std::pair<double, std::string>> hidden_count(
    const Figure& figure, const templates::Formula& formula,
    const templates::SuppressionPolicy& policy) {
  const auto& traits = formula.traits();
  if (!figure.value || !traits.counts || traits.reported) {
    return std::nullopt;
  }
  std::optional<std::pair<double, std::string>> smallest;
  const auto consider = [&](double count, const std::string& measure) {
    if (policy.hides(count) && (!smallest || count < smallest->first)) {
      smallest = std::pair(count, measure);
    }
  };
  consider(figure.numerator, formula.measure);
  if (traits.divisor == templates::Divisor::measure) {
    consider(figure.denominator, formula.denominator_measure);
  }
  return smallest;
}

class Decider {
 public:
  Decider(const DashboardModel& model, const templates::Catalogue& catalogue)
      : model_(model), catalogue_(catalogue) {}

  std::vector<SuppressionDecision> decide() {
    for (const auto& outcome : model_.outcomes) {
      for (const auto& result : outcome.indicators) {
        decide(result);
      }
    }
    return std::move(decisions_);
  }

 private:
  void decide(const IndicatorResult& result) {
    const templates::Indicator& indicator = *result.indicator;
    const templates::SuppressionPolicy policy = catalogue_.suppression_for(indicator);
    const auto primary = [&](const Figure& figure, const std::string& code, const std::string& name,
                             const char* which) {
      const auto hidden = hidden_count(figure, indicator.formula, policy);
      if (hidden) {
        add(result, code, name, which, SuppressionKind::primary,
            fmt::format("{} {}, fewer than {}", hidden->first, hidden->second, policy.below));
      }
      return hidden.has_value();
    };
    primary(result.current, catalogue_.headline_area, model_.headline_area_name, "current");
    primary(result.previous, catalogue_.headline_area, model_.headline_area_name, "previous");

    std::vector<const DistrictFigure*> withheld_current;
    std::vector<const DistrictFigure*> withheld_previous;
    for (const auto& district : result.districts) {
      if (primary(district.previous, district.area_code, name_of(district), "previous")) {
        withheld_previous.push_back(&district);
      }
      if (primary(district.figure, district.area_code, name_of(district), "current")) {
        withheld_current.push_back(&district);
      }
    }
    // A district's previous figure is in its note (its change), so it is protected as the
    // current one is.
    protect(result, withheld_current, &DistrictFigure::figure, result.current, "current", policy);
    protect(result, withheld_previous, &DistrictFigure::previous, result.previous, "previous",
            policy);
  }

  // With the whole's figure shown (the county's, or a BCU's for its LPUs), the areas withheld
  // could be worked out together from it and the rest of the areas that make it up: their sum
  // must itself be one the policy would show. The areas that make up a whole are those of one
  // area set with one parent in areas.yaml.
  void protect(const IndicatorResult& result, const std::vector<const DistrictFigure*>& withheld,
               Figure DistrictFigure::*which, const Figure& headline, const char* figure_name,
               const templates::SuppressionPolicy& policy) {
    if (withheld.empty() || !headline.value ||
        hidden_count(headline, result.indicator->formula, policy)) {
      return;
    }
    std::vector<const District*> wholes;  // one area of each group, by which it is known
    for (const DistrictFigure* district : withheld) {
      const District* group = named(*district);
      if (group != nullptr && std::none_of(wholes.begin(), wholes.end(), [&](const District* d) {
            return same_whole(*d, *group);
          })) {
        wholes.push_back(group);
      }
    }
    for (const District* group : wholes) {
      std::vector<const DistrictFigure*> in_group;
      std::copy_if(withheld.begin(), withheld.end(), std::back_inserter(in_group),
                   [&](const DistrictFigure* district) {
                     const District* named_district = named(*district);
                     return named_district != nullptr && same_whole(*named_district, *group);
                   });
      withhold_enough(result, *group, std::move(in_group), which, figure_name, policy);
    }
  }

  static bool same_whole(const District& a, const District& b) {
    return a.set == b.set && a.parent == b.parent;
  }

  // Withholds the smallest shown figures of `group`'s whole beside those `withheld` until
  // together they are a count the policy would show.
  void withhold_enough(const IndicatorResult& result, const District& group,
                       std::vector<const DistrictFigure*> withheld, Figure DistrictFigure::*which,
                       const char* figure_name, const templates::SuppressionPolicy& policy) {
    const templates::Indicator& indicator = *result.indicator;
    const auto sum = [&] {
      double total = 0;
      for (const DistrictFigure* district : withheld) {
        total += (district->*which).numerator;
      }
      return total;
    };
    while (sum() < policy.below) {
      const DistrictFigure* smallest = nullptr;
      for (const auto& district : result.districts) {
        const District* named_district = named(district);
        const bool shown = (district.*which).value && named_district != nullptr &&
                           same_whole(*named_district, group) &&
                           std::find(withheld.begin(), withheld.end(), &district) == withheld.end();
        if (shown &&
            (smallest == nullptr || (district.*which).numerator < (smallest->*which).numerator)) {
          smallest = &district;
        }
      }
      if (smallest == nullptr) {
        return;
      }
      std::vector<std::string> names;
      for (const DistrictFigure* district : withheld) {
        names.push_back(name_of(*district));
      }
      add(result, smallest->area_code, name_of(*smallest), figure_name, SuppressionKind::secondary,
          fmt::format("with it shown, {} could be worked out from {}'s figure (together {} {}, "
                      "fewer than {})",
                      fmt::join(names, " and "), whole_name(group), sum(),
                      indicator.formula.measure, policy.below));
      withheld.push_back(smallest);
    }
  }

  // The name of the area that `group`'s areas make up: the headline area's, or an area
  // column's (a BCU's, for its LPUs), or its code.
  std::string whole_name(const District& group) const {
    if (group.parent.empty() || group.parent == catalogue_.headline_area) {
      return model_.headline_area_name;
    }
    const auto found = std::find_if(model_.districts.begin(), model_.districts.end(),
                                    [&](const District& d) { return d.area_code == group.parent; });
    return found == model_.districts.end() ? group.parent : found->name;
  }

  const District* named(const DistrictFigure& district) const {
    const auto found =
        std::find_if(model_.districts.begin(), model_.districts.end(),
                     [&](const District& named) { return named.area_code == district.area_code; });
    return found == model_.districts.end() ? nullptr : &*found;
  }

  std::string name_of(const DistrictFigure& district) const {
    const District* found = named(district);
    return found == nullptr ? district.label : found->name;
  }

  void add(const IndicatorResult& result, const std::string& code, const std::string& name,
           const char* figure, SuppressionKind kind, std::string rule) {
    decisions_.push_back(
        {result.indicator->id, result.indicator->label, code, name, figure, kind, std::move(rule)});
  }

  const DashboardModel& model_;
  const templates::Catalogue& catalogue_;
  std::vector<SuppressionDecision> decisions_;
};

// The figure as published: no value, no parts, no cells, only the period and why.
Figure withheld(const Figure& figure, SuppressionKind kind) {
  Figure published = Figure::unavailable(
      kind == SuppressionKind::primary
          ? "withheld to protect confidentiality: it rests on a small count"
          : "withheld to protect confidentiality: with the figures shown it would let a "
            "withheld figure be worked out",
      figure.period);
  published.suppressed = true;
  return published;
}

void withhold_headline(IndicatorResult& result, const SuppressionDecision& decision) {
  Figure& figure = decision.figure == "current" ? result.current : result.previous;
  figure = withheld(figure, decision.kind);
  result.change.reset();
  result.count_change.reset();
  if (result.target) {
    // The gap with the target gives the current figure away; a relative target rests on the
    // previous one.
    result.target->gap.reset();
    if (decision.figure == "previous" && result.indicator->target->relative()) {
      result.target->level.reset();
      result.target->unavailable_reason = "withheld with the figure it rests on";
    }
  }
  result.direction.reset();
  result.judgement = Judgement::no_judgement;
  result.rag = {templates::Rag::grey,
                "not judged: the figure is withheld to protect "
                "confidentiality"};
  if (decision.figure == "current") {
    // Rolling 12-month figures a month apart would give the withheld months away.
    result.trajectory.clear();
    for (auto& district : result.districts) {
      district.comparison = Comparison::not_compared;
    }
  }
}

}  // namespace

std::string_view suppression_kind_name(SuppressionKind kind) {
  return kind == SuppressionKind::primary ? "primary" : "secondary";
}

std::vector<SuppressionDecision> decide_suppression(const DashboardModel& model,
                                                    const templates::Catalogue& catalogue) {
  return Decider(model, catalogue).decide();
}

DashboardModel withhold(const DashboardModel& model,
                        const std::vector<SuppressionDecision>& decisions) {
  DashboardModel published = model;
  for (auto& outcome : published.outcomes) {
    for (auto& result : outcome.indicators) {
      for (const auto& decision : decisions) {
        if (decision.indicator_id != result.indicator->id) {
          continue;
        }
        const auto district = std::find_if(
            result.districts.begin(), result.districts.end(),
            [&](const DistrictFigure& d) { return d.area_code == decision.area_code; });
        if (district == result.districts.end()) {
          withhold_headline(result, decision);
        } else {
          if (decision.figure == "previous") {
            district->previous = withheld(district->previous, decision.kind);
          } else {
            district->figure = withheld(district->figure, decision.kind);
            district->interval.reset();
            district->comparison = Comparison::not_compared;
          }
          district->change.reset();
          district->target.reset();
        }
      }
    }
  }
  return published;
}

}  // namespace scdash::kpi
