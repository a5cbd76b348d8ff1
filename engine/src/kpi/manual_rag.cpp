#include "kpi/manual_rag.hpp"

#include <fmt/format.h>

#include "scdash/kpi/rag.hpp"

namespace scdash::kpi {
namespace {

// The reason given beside the RAG: the reason measure's text for exactly the RAG's period.
const core::Observation* reason_for(const templates::ManualRule& rule,
                                    const ObservationIndex& index, std::string_view area,
                                    const core::Observation& rag) {
  if (rule.reason_measure.empty()) {
    return nullptr;
  }
  const core::Observation* reason = index.latest(rule.reason_measure, area, rag.period.last);
  if (reason == nullptr || reason->period != rag.period || !reason->usable() || !reason->text ||
      reason->text->empty()) {
    return nullptr;
  }
  return reason;
}

}  // namespace

RagStatus manual_rag(const templates::ManualRule& rule, const ObservationIndex& index,
                     std::string_view area, core::FinancialQuarter quarter) {
  const core::Observation* given = index.latest(rule.measure, area, quarter.last_month());
  if (given == nullptr || given->period.last < quarter.first_month()) {
    return {
        templates::Rag::grey,
        fmt::format("no RAG supplied: no return gives {} for {}", rule.measure, quarter.label()),
        {}};
  }
  const std::string cell = given->source.location().to_string();
  if (!given->usable()) {
    return {templates::Rag::grey,
            fmt::format("no RAG supplied: {}", index.unusable_reason(*given)),
            {given->source}};
  }
  const auto rag = given->text ? templates::parse_rag_text(*given->text) : std::nullopt;
  if (!rag) {
    return {templates::Rag::grey,
            fmt::format("no RAG supplied: {} at {} is {}, not R, A or G [rag-invalid]",
                        rule.measure, cell,
                        given->text ? fmt::format("\"{}\"", *given->text)
                                    : fmt::format("the number {}", given->value)),
            {given->source}};
  }
  RagStatus status;
  status.rag = *rag;
  status.sources.push_back(given->source);
  if (const core::Observation* reason = reason_for(rule, index, area, *given)) {
    status.reason = fmt::format("set by hand in the return ({}): {}", cell, *reason->text);
    status.sources.push_back(reason->source);
  } else {
    status.reason = fmt::format("set by hand in the return ({}), with no reason given", cell);
  }
  return status;
}

}  // namespace scdash::kpi
