#include "scdash/kpi/rag.hpp"

#include <array>
#include <cctype>
#include <cmath>
#include <string>
#include <variant>

#include <fmt/format.h>

#include "scdash/core/text.hpp"

namespace scdash::kpi {
namespace {

RagStatus target_rag(const templates::TargetRule& rule, const RagInputs& inputs) {
  if (inputs.polarity == templates::Polarity::none) {
    return {templates::Rag::grey, "a target needs the indicator to have a polarity"};
  }
  if (!rule.target && !inputs.target) {
    return {templates::Rag::grey,
            fmt::format("the target is not available: {}", inputs.target_unavailable_reason)};
  }
  const double target = rule.target.value_or(inputs.target.value_or(0));
  const std::string name = rule.target ? fmt::format("the target of {}", target)
                                       : fmt::format("{} ({:.2f})", inputs.target_name, target);
  const double value = *inputs.current;
  const bool lower_is_better = inputs.polarity == templates::Polarity::lower_is_better;
  const bool meets = lower_is_better ? value <= target : value >= target;
  if (meets) {
    return {templates::Rag::green, fmt::format("meets {}", name)};
  }
  const double miss_percent = std::abs(value - target) / std::abs(target) * 100;
  if (miss_percent <= rule.tolerance_percent) {
    return {templates::Rag::amber, fmt::format("misses {} by {:.1f}%, within the {}% tolerance",
                                               name, miss_percent, rule.tolerance_percent)};
  }
  return {templates::Rag::red, fmt::format("misses {} by {:.1f}%", name, miss_percent)};
}

RagStatus range_rag(const templates::RangeRule& rule, double value) {
  if (rule.low <= value && value <= rule.high) {
    return {templates::Rag::green, fmt::format("inside the range {} to {}", rule.low, rule.high)};
  }
  const double outside = value < rule.low ? rule.low - value : value - rule.high;
  if (outside <= rule.margin) {
    return {templates::Rag::amber, fmt::format("just outside the range {} to {} (within {})",
                                               rule.low, rule.high, rule.margin)};
  }
  return {templates::Rag::red, fmt::format("outside the range {} to {}", rule.low, rule.high)};
}

RagStatus trend_rag(const RagInputs& inputs) {
  if (inputs.polarity == templates::Polarity::none) {
    return {templates::Rag::grey, "a trend rule needs the indicator to have a polarity"};
  }
  if (!inputs.judgement) {
    return {templates::Rag::grey, "the direction of travel is not available"};
  }
  switch (*inputs.judgement) {
    case Judgement::better:
      return {templates::Rag::green, "moved the good way"};
    case Judgement::worse:
      return {templates::Rag::red, "moved the bad way"};
    case Judgement::no_judgement:
      break;
  }
  return {templates::Rag::amber, "stable"};
}

RagStatus benchmark_rag(const RagInputs& inputs) {
  if (!inputs.benchmark_comparison) {
    return {templates::Rag::grey, "the benchmark is not available"};
  }
  switch (*inputs.benchmark_comparison) {
    case Comparison::better:
      return {templates::Rag::green, "significantly better than the benchmark"};
    case Comparison::worse:
      return {templates::Rag::red, "significantly worse than the benchmark"};
    case Comparison::similar:
      return {templates::Rag::amber, "similar to the benchmark"};
    case Comparison::lower:
    case Comparison::higher:
    case Comparison::not_compared:
      break;
  }
  return {templates::Rag::grey, "a benchmark rule needs the indicator to have a polarity"};
}

RagStatus no_current_figure() {
  return {templates::Rag::grey, "the current figure is not available"};
}

// Each kind of rule's judgement of the inputs.
struct RuleJudge {
  const RagInputs& inputs;

  RagStatus operator()(const templates::NoRagRule&) const {
    return {templates::Rag::grey, "no RAG rule is declared for this indicator"};
  }
  RagStatus operator()(const templates::ManualRule&) const {
    return {templates::Rag::grey, "a manual RAG is read from its return, not computed"};
  }
  RagStatus operator()(const templates::TrendRule&) const { return trend_rag(inputs); }
  RagStatus operator()(const templates::BenchmarkRule&) const { return benchmark_rag(inputs); }
  RagStatus operator()(const templates::TargetRule& rule) const {
    return inputs.current ? target_rag(rule, inputs) : no_current_figure();
  }
  RagStatus operator()(const templates::RangeRule& rule) const {
    return inputs.current ? range_rag(rule, *inputs.current) : no_current_figure();
  }
};

// Worse RAGs sort first.
int severity(templates::Rag rag) {
  switch (rag) {
    case templates::Rag::red:
      return 0;
    case templates::Rag::amber:
      return 1;
    case templates::Rag::green:
      return 2;
    case templates::Rag::grey:
      break;
  }
  return 3;
}

}  // namespace

RagStatus evaluate_rag(const templates::RagRule& rule, const RagInputs& inputs) {
  return std::visit(RuleJudge{inputs}, rule);
}

RagStatus overall_rag(templates::OverallRule rule, std::span<const templates::Rag> indicators) {
  std::array<int, 3> counts = {0, 0, 0};  // red, amber, green
  for (const templates::Rag rag : indicators) {
    if (rag != templates::Rag::grey) {
      ++counts[static_cast<std::size_t>(severity(rag))];
    }
  }
  if (counts[0] + counts[1] + counts[2] == 0) {
    return {templates::Rag::grey, "none of the outcome's indicators has a RAG"};
  }
  constexpr std::array<templates::Rag, 3> kBySeverity = {templates::Rag::red, templates::Rag::amber,
                                                         templates::Rag::green};
  const auto summary = fmt::format("{} red, {} amber, {} green", counts[0], counts[1], counts[2]);
  if (rule == templates::OverallRule::worst) {
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
