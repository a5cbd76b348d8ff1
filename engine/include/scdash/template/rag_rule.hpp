// RagRule: how an indicator's RAG is decided, one of the kinds of rule a template may declare,
// each with only its own settings (docs/indicators.md explains each).
//
//   if (const auto* range = std::get_if<scdash::templates::RangeRule>(&indicator.rag)) {
//     inside = range->low <= value && value <= range->high;
//   }
#pragma once

#include <optional>
#include <string>
#include <variant>

namespace scdash::templates {

// No RAG: the cell is grey.
struct NoRagRule {};

// Green when the figure meets the target (by the indicator's polarity); amber when it misses by
// up to `tolerance_percent` of the target; red beyond. The target is the rule's own level, or,
// when it gives none, the indicator's `target`.
struct TargetRule {
  std::optional<double> target;
  double tolerance_percent = 5;
};

// Green inside low to high (SafeLives' 28-40% for MARAC repeats); amber up to `margin` outside.
struct RangeRule {
  double low = 0;
  double high = 0;
  double margin = 0;
};

// By the direction of travel: green better, red worse, amber stable.
struct TrendRule {};

// By comparing the figure's confidence interval at `level` with a benchmark's value, which the
// measure `measure` holds.
struct BenchmarkRule {
  std::string measure;
  double level = 0.95;
};

// Set by hand by the partner: the measure `measure`, read as text, says R, A or G (or Red,
// Amber, Green) for the headline area, and optionally `reason_measure` gives the reason; both
// from a return whose mapping lists them under `values: text`.
struct ManualRule {
  std::string measure;
  std::string reason_measure;
};

using RagRule =
    std::variant<NoRagRule, TargetRule, RangeRule, TrendRule, BenchmarkRule, ManualRule>;

}  // namespace scdash::templates
