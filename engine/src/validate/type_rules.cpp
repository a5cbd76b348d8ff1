// Type rules: counts are whole numbers of zero or more, percentages lie from 0 to 100, a RAG
// set by hand is R, A or G, and a classification set by hand is one of the template's.
#include <cmath>
#include <functional>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "scdash/template/rag.hpp"
#include "validate/rule_context.hpp"

namespace scdash::validate {
namespace {

void check_counts(RuleContext& context) {
  const std::set<std::string> counted = counted_measures(context.inputs().catalogue);
  for (std::size_t i = 0; i < context.observations().size(); ++i) {
    const core::Observation& observation = context.observations()[i];
    if (!counted.contains(observation.measure) || !context.usable(i)) {
      continue;
    }
    if (observation.value < 0) {
      context.reject(i,
                     context.about(observation, core::Severity::error, "count-negative",
                                   fmt::format("{} is a count, but this figure is {}",
                                               context.describe(observation), observation.value)),
                     fmt::format("a count cannot be negative, and this is {} [count-negative]",
                                 observation.value));
    } else if (observation.value != std::floor(observation.value)) {
      context.report(context.about(observation, core::Severity::warning, "count-not-whole",
                                   fmt::format("{} is a count, but this figure is {}",
                                               context.describe(observation), observation.value),
                                   "check that the column holds counts, not rates"));
    }
  }
}

void check_percentages(RuleContext& context) {
  const std::set<std::string> percentages = percentage_measures(context.inputs().catalogue);
  for (std::size_t i = 0; i < context.observations().size(); ++i) {
    const core::Observation& observation = context.observations()[i];
    if (!percentages.contains(observation.measure) || !context.usable(i)) {
      continue;
    }
    if (observation.value < 0 || observation.value > 100) {
      context.reject(
          i,
          context.about(
              observation, core::Severity::error, "percent-out-of-range",
              fmt::format("{} is a percentage, but this figure is {}, outside 0 to 100",
                          context.describe(observation), observation.value),
              "a figure outside 0 to 100 is usually a count or a typo in the percentage column"),
          fmt::format("a percentage is from 0 to 100, and this is {} [percent-out-of-range]",
                      observation.value));
    }
  }
}

// A text a partner sets by hand: the measures that hold it, the texts it may be, and how
// messages name them.
struct SetByHand {
  std::set<std::string> measures;
  std::function<bool(const std::string&)> valid;
  std::string_view code;  // "rag-invalid"
  std::string_view what;  // "a RAG"
  std::string allowed;    // "R, A or G (or Red, Amber, Green)"
};

// Each usable figure of the measures whose cell holds anything else is rejected at its cell.
void check_set_by_hand(RuleContext& context, const SetByHand& kind) {
  for (std::size_t i = 0; i < context.observations().size(); ++i) {
    const core::Observation& observation = context.observations()[i];
    if (!kind.measures.contains(observation.measure) || !context.usable(i) ||
        (observation.text && kind.valid(*observation.text))) {
      continue;
    }
    const std::string found = observation.text ? fmt::format("\"{}\"", *observation.text)
                                               : fmt::format("the number {}", observation.value);
    context.reject(
        i,
        context.about(observation, core::Severity::error, std::string(kind.code),
                      fmt::format("{} is {} set by hand, but this cell holds {}",
                                  context.describe(observation), kind.what, found),
                      observation.text
                          ? fmt::format("write {}", kind.allowed)
                          : fmt::format("write {}, and list the measure under 'values: text' in "
                                        "the return's mapping",
                                        kind.allowed)),
        fmt::format("{} is {}, and this is {} [{}]", kind.what, kind.allowed, found, kind.code));
  }
}

void check_manual_rags(RuleContext& context) {
  SetByHand rags{
      {},
      [](const std::string& text) { return templates::parse_rag_text(text).has_value(); },
      "rag-invalid",
      "a RAG",
      "R, A or G (or Red, Amber, Green)"};
  for (const templates::Indicator* indicator : all_indicators(context.inputs().catalogue)) {
    if (const auto* manual = std::get_if<templates::ManualRule>(&indicator->rag)) {
      rags.measures.insert(manual->measure);
    }
  }
  check_set_by_hand(context, rags);
}

// A classification set by hand is one of the template's, such as High, Medium or Low.
void check_classifications(RuleContext& context) {
  const templates::Catalogue& catalogue = context.inputs().catalogue;
  SetByHand classifications{
      {},
      [&](const std::string& text) { return catalogue.classification_named(text) != nullptr; },
      "classification-invalid",
      "a classification",
      fmt::format("one of {}", fmt::join(catalogue.classifications, ", "))};
  for (const templates::Indicator* indicator : all_indicators(catalogue)) {
    if (!indicator->classification_measure.empty()) {
      classifications.measures.insert(indicator->classification_measure);
    }
  }
  check_set_by_hand(context, classifications);
}

}  // namespace

void check_types(RuleContext& context) {
  check_counts(context);
  check_percentages(context);
  check_manual_rags(context);
  check_classifications(context);
}

}  // namespace scdash::validate
