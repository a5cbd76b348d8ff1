#include "render/live_formulas.hpp"

#include <fmt/format.h>

namespace scdash::render {
namespace {

constexpr std::string_view kUp = "\u2191";
constexpr std::string_view kDown = "\u2193";
constexpr std::string_view kStable = "\u2192";

// The change as the engine computes it (kpi::IndicatorResult::change): per cent, or points.
std::string change_expression(const templates::Indicator& indicator, const std::string& previous,
                              const std::string& current) {
  if (indicator.formula.is_percentage()) {
    return fmt::format("{}-{}", current, previous);
  }
  return fmt::format("({}-{})/{}*100", current, previous, previous);
}

// `formula` where both figures are numbers (and, for a change in per cent, the previous one is
// not zero); "n/a" otherwise, as the engine leaves such a change out.
std::string when_computable(const templates::Indicator& indicator, const std::string& previous,
                            const std::string& current, const std::string& formula) {
  const std::string numbers = fmt::format("AND(ISNUMBER({}),ISNUMBER({}))", previous, current);
  if (indicator.formula.is_percentage()) {
    return fmt::format("=IF({},{},\"n/a\")", numbers, formula);
  }
  return fmt::format("=IF({},IF({}=0,\"n/a\",{}),\"n/a\")", numbers, previous, formula);
}

// A constant as Excel reads it: the shortest exact decimal, with an upper-case exponent.
std::string excel_number(double value) {
  std::string text = fmt::format("{}", value);
  for (char& c : text) {
    c = c == 'e' ? 'E' : c;
  }
  return text;
}

}  // namespace

std::string_view direction_arrow(kpi::Direction direction) {
  switch (direction) {
    case kpi::Direction::up:
      return kUp;
    case kpi::Direction::down:
      return kDown;
    case kpi::Direction::stable:
      break;
  }
  return kStable;
}

std::string change_formula(const templates::Indicator& indicator, const std::string& previous,
                           const std::string& current) {
  // The change cell shows per cent with a % format, so it holds the fraction.
  const std::string change = indicator.formula.is_percentage()
                                 ? fmt::format("{}-{}", current, previous)
                                 : fmt::format("({}-{})/{}", current, previous, previous);
  return when_computable(indicator, previous, current, change);
}

std::string direction_formula(const templates::Indicator& indicator, const std::string& previous,
                              const std::string& current) {
  // kpi::direction_of: stable when |change| <= band, else up or down by the change's sign.
  const std::string change = change_expression(indicator, previous, current);
  const std::string arrow =
      fmt::format("IF(ABS({})<={},\"{}\",IF({}>0,\"{}\",\"{}\"))", change,
                  excel_number(indicator.stable_band), kStable, change, kUp, kDown);
  return when_computable(indicator, previous, current, arrow);
}

JudgementRules judgement_rules(const std::string& arrow, const std::string& polarity) {
  const std::string up = fmt::format("{}=\"{}\"", arrow, kUp);
  const std::string down = fmt::format("{}=\"{}\"", arrow, kDown);
  JudgementRules rules;
  rules.better = fmt::format("=OR(AND({},{}>0),AND({},{}<0))", up, polarity, down, polarity);
  rules.worse = fmt::format("=OR(AND({},{}<0),AND({},{}>0))", up, polarity, down, polarity);
  rules.no_judgement =
      fmt::format("=OR({}=\"{}\",AND({}=0,OR({},{})))", arrow, kStable, polarity, up, down);
  return rules;
}

}  // namespace scdash::render
