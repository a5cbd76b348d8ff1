#include "kpi/manual_rag.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

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

// What the return gives for the quarter: the latest figure whose period ends in it.
const core::Observation* given_for(const std::string& measure, const ObservationIndex& index,
                                   std::string_view area, core::FinancialQuarter quarter) {
  const core::Observation* given = index.latest(measure, area, quarter.last_month());
  return given == nullptr || given->period.last < quarter.first_month() ? nullptr : given;
}

}  // namespace

Classification manual_classification(const std::string& measure,
                                     const templates::Catalogue& catalogue,
                                     const ObservationIndex& index, std::string_view area,
                                     core::FinancialQuarter quarter) {
  const core::Observation* given = given_for(measure, index, area, quarter);
  if (given == nullptr) {
    return {std::nullopt, fmt::format("no return gives {} for {}", measure, quarter.label()), {}};
  }
  if (!given->usable()) {
    return {std::nullopt, index.unusable_reason(*given), {given->source}};
  }
  const std::string cell = given->source.location().to_string();
  const std::string* named = given->text ? catalogue.classification_named(*given->text) : nullptr;
  if (named == nullptr) {
    // Validation rejects such a cell (classification-invalid); this is for a caller without it.
    return {std::nullopt,
            fmt::format("{} at {} is not one of {}", measure, cell,
                        fmt::join(catalogue.classifications, ", ")),
            {given->source}};
  }
  return {*named, fmt::format("set by hand in the return ({})", cell), {given->source}};
}

RagStatus manual_rag(const templates::ManualRule& rule, const ObservationIndex& index,
                     std::string_view area, core::FinancialQuarter quarter) {
  const core::Observation* given = given_for(rule.measure, index, area, quarter);
  if (given == nullptr) {
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
