// RAG: Red, Amber or Green by an indicator's declared rule, and an outcome's overall RAG.
//
//   const auto status = scdash::kpi::evaluate_rag(scdash::templates::RangeRule{28, 40, 3},
//                                                {32.8, {}, {}, Polarity::none});
//   // Rag::green, "inside the range 28 to 40"
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "scdash/kpi/model.hpp"
#include "scdash/template/catalogue.hpp"

namespace scdash::kpi {

// What a rule may look at.
struct RagInputs {
  std::optional<double> current;       // the current figure
  std::optional<Judgement> judgement;  // the direction of travel's judgement, when there is one
  std::optional<Comparison> benchmark_comparison;  // the figure against its benchmark
  templates::Polarity polarity = templates::Polarity::none;
  // The indicator's own target as a level, for a target rule that gives none: its value and
  // name ("the 13% reduction target"), or why it could not be set.
  std::optional<double> target = std::nullopt;
  std::string target_name = {};
  std::string target_unavailable_reason = {};
};

// Grey, with its reason, when the rule has nothing to judge or the indicator has no rule.
RagStatus evaluate_rag(const templates::RagRule& rule, const RagInputs& inputs);

// An outcome's RAG from its indicators': the worst, or the most common (ties go to the
// worse); grey indicators do not count, and all grey gives grey.
RagStatus overall_rag(templates::OverallRule rule, std::span<const templates::Rag> indicators);

}  // namespace scdash::kpi
