#include "scdash/kpi/rag.hpp"

#include <array>
#include <cctype>
#include <cmath>
#include <string>

#include <fmt/format.h>

#include "scdash/core/text.hpp"

namespace scdash::kpi {
namespace {

RagStatus target_rag(const RagRule& rule, double value, Polarity polarity) {
  if (polarity == Polarity::none) {
    return {Rag::grey, "a target needs the indicator to have a polarity"};
  }
  const bool lower_is_better = polarity == Polarity::lower_is_better;
  const bool meets = lower_is_better ? value <= rule.target : value >= rule.target;
  if (meets) {
    return {Rag::green, fmt::format("meets the target of {}", rule.target)};
  }
  const double miss_percent = std::abs(value - rule.target) / std::abs(rule.target) * 100;
  if (miss_percent <= rule.tolerance_percent) {
    return {Rag::amber, fmt::format("misses the target of {} by {:.1f}%, within the {}% tolerance",
                                    rule.target, miss_percent, rule.tolerance_percent)};
  }
  return {Rag::red, fmt::format("misses the target of {} by {:.1f}%", rule.target, miss_percent)};
}

RagStatus range_rag(const RagRule& rule, double value) {
  if (rule.low <= value && value <= rule.high) {
    return {Rag::green, fmt::format("inside the range {} to {}", rule.low, rule.high)};
  }
  const double outside = value < rule.low ? rule.low - value : value - rule.high;
  if (outside <= rule.margin) {
    return {Rag::amber, fmt::format("just outside the range {} to {} (within {})", rule.low,
                                    rule.high, rule.margin)};
  }
  return {Rag::red, fmt::format("outside the range {} to {}", rule.low, rule.high)};
}

RagStatus trend_rag(const RagInputs& inputs) {
  if (inputs.polarity == Polarity::none) {
    return {Rag::grey, "a trend rule needs the indicator to have a polarity"};
  }
  if (!inputs.judgement) {
    return {Rag::grey, "the direction of travel is not available"};
  }
  switch (*inputs.judgement) {
    case Judgement::better:
      return {Rag::green, "moved the good way"};
    case Judgement::worse:
      return {Rag::red, "moved the bad way"};
    case Judgement::no_judgement:
      break;
  }
  return {Rag::amber, "stable"};
}

RagStatus benchmark_rag(const RagInputs& inputs) {
  if (!inputs.benchmark_comparison) {
    return {Rag::grey, "the benchmark is not available"};
  }
  switch (*inputs.benchmark_comparison) {
    case Comparison::better:
      return {Rag::green, "significantly better than the benchmark"};
    case Comparison::worse:
      return {Rag::red, "significantly worse than the benchmark"};
    case Comparison::similar:
      return {Rag::amber, "similar to the benchmark"};
    case Comparison::lower:
    case Comparison::higher:
    case Comparison::not_compared:
      break;
  }
  return {Rag::grey, "a benchmark rule needs the indicator to have a polarity"};
}

// Worse RAGs sort first.
int severity(Rag rag) {
  switch (rag) {
    case Rag::red:
      return 0;
    case Rag::amber:
      return 1;
    case Rag::green:
      return 2;
    case Rag::grey:
      break;
  }
  return 3;
}

}  // namespace

std::optional<Rag> parse_rag_text(std::string_view text) {
  std::string lower;
  for (const char c : core::trim(text)) {
    lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  for (const Rag rag : {Rag::red, Rag::amber, Rag::green}) {
    std::string name(rag_name(rag));
    name[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(name[0])));
    if (lower == name || lower == name.substr(0, 1)) {
      return rag;
    }
  }
  return std::nullopt;
}

RagStatus evaluate_rag(const RagRule& rule, const RagInputs& inputs) {
  if (rule.kind == RagRuleKind::none) {
    return {Rag::grey, "no RAG rule is declared for this indicator"};
  }
  if (rule.kind == RagRuleKind::manual) {
    return {Rag::grey, "a manual RAG is read from its return, not computed"};
  }
  if (rule.kind == RagRuleKind::trend) {
    return trend_rag(inputs);
  }
  if (rule.kind == RagRuleKind::benchmark) {
    return benchmark_rag(inputs);
  }
  if (!inputs.current) {
    return {Rag::grey, "the current figure is not available"};
  }
  return rule.kind == RagRuleKind::target ? target_rag(rule, *inputs.current, inputs.polarity)
                                          : range_rag(rule, *inputs.current);
}

RagStatus overall_rag(OverallRule rule, std::span<const Rag> indicators) {
  std::array<int, 3> counts = {0, 0, 0};  // red, amber, green
  for (const Rag rag : indicators) {
    if (rag != Rag::grey) {
      ++counts[static_cast<std::size_t>(severity(rag))];
    }
  }
  if (counts[0] + counts[1] + counts[2] == 0) {
    return {Rag::grey, "none of the outcome's indicators has a RAG"};
  }
  constexpr std::array<Rag, 3> kBySeverity = {Rag::red, Rag::amber, Rag::green};
  const auto summary = fmt::format("{} red, {} amber, {} green", counts[0], counts[1], counts[2]);
  if (rule == OverallRule::worst) {
    for (std::size_t i = 0; i < counts.size(); ++i) {
      if (counts[i] > 0) {
        return {kBySeverity[i], fmt::format("the worst of its indicators' RAGs ({})", summary)};
      }
    }
  }
  std::size_t most = 0;
  for (std::size_t i = 1; i < counts.size(); ++i) {
    if (counts[i] > counts[most]) {
      most = i;  // strictly more: a tie keeps the worse RAG
    }
  }
  return {kBySeverity[most], fmt::format("the most common of its indicators' RAGs ({})", summary)};
}

}  // namespace scdash::kpi
