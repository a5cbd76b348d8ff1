// RAG: Red, Amber or Green by an indicator's declared rule, and an outcome's overall RAG.
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "scdash/kpi/catalogue.hpp"
#include "scdash/kpi/model.hpp"

namespace scdash::kpi {

// A RAG as a partner writes it by hand: R, A or G, or Red, Amber or Green, in any case and with
// spaces around; nullopt for anything else ("Purple", "3", "").
std::optional<Rag> parse_rag_text(std::string_view text);

// What a rule may look at.
struct RagInputs {
  std::optional<double> current;       // the current figure
  std::optional<Judgement> judgement;  // the direction of travel's judgement, when there is one
  std::optional<Comparison> benchmark_comparison;  // the figure against its benchmark
  Polarity polarity = Polarity::none;
};

// Grey, with its reason, when the rule has nothing to judge or the indicator has no rule.
RagStatus evaluate_rag(const RagRule& rule, const RagInputs& inputs);

// An outcome's RAG from its indicators': the worst, or the most common (ties go to the
// worse); grey indicators do not count, and all grey gives grey.
RagStatus overall_rag(OverallRule rule, std::span<const Rag> indicators);

}  // namespace scdash::kpi
