#include <catch2/catch.hpp>

#include "scdash/kpi/rag.hpp"

using namespace scdash::kpi;
using namespace scdash::templates;

namespace {

RagRule target(double value, double tolerance) {
  return TargetRule{value, tolerance};
}

RagRule range(double low, double high, double margin) {
  return RangeRule{low, high, margin};
}

RagInputs current(double value, Polarity polarity) {
  return {value, {}, {}, polarity};
}

}  // namespace

TEST_CASE("a target is met, missed within its tolerance, or missed") {
  const RagRule rule = target(100, 5);
  CHECK(evaluate_rag(rule, current(99, Polarity::lower_is_better)).rag == Rag::green);
  CHECK(evaluate_rag(rule, current(100, Polarity::lower_is_better)).rag == Rag::green);
  CHECK(evaluate_rag(rule, current(105, Polarity::lower_is_better)).rag == Rag::amber);
  CHECK(evaluate_rag(rule, current(105.1, Polarity::lower_is_better)).rag == Rag::red);
  CHECK(evaluate_rag(rule, current(96, Polarity::higher_is_better)).rag == Rag::amber);
  CHECK(evaluate_rag(rule, current(101, Polarity::higher_is_better)).rag == Rag::green);
  CHECK(evaluate_rag(rule, current(101, Polarity::none)).rag == Rag::grey);
  CHECK(evaluate_rag(rule, {std::nullopt, {}, {}, Polarity::lower_is_better}).rag == Rag::grey);
}

TEST_CASE("a range is green inside, amber just outside, red beyond") {
  const RagRule rule = range(28, 40, 3);
  CHECK(evaluate_rag(rule, current(28, Polarity::none)).rag == Rag::green);
  CHECK(evaluate_rag(rule, current(40, Polarity::none)).rag == Rag::green);
  CHECK(evaluate_rag(rule, current(27, Polarity::none)).rag == Rag::amber);
  CHECK(evaluate_rag(rule, current(43, Polarity::none)).rag == Rag::amber);
  CHECK(evaluate_rag(rule, current(24.9, Polarity::none)).rag == Rag::red);
  CHECK(evaluate_rag(rule, current(27, Polarity::none)).reason ==
        "just outside the range 28 to 40 (within 3)");
}

TEST_CASE("a trend rule follows the direction of travel's judgement") {
  const RagRule rule = TrendRule{};
  CHECK(evaluate_rag(rule, {1, Judgement::better, {}, Polarity::lower_is_better}).rag ==
        Rag::green);
  CHECK(evaluate_rag(rule, {1, Judgement::worse, {}, Polarity::lower_is_better}).rag == Rag::red);
  CHECK(evaluate_rag(rule, {1, Judgement::no_judgement, {}, Polarity::lower_is_better}).rag ==
        Rag::amber);
  CHECK(evaluate_rag(rule, {1, {}, {}, Polarity::lower_is_better}).rag == Rag::grey);
  CHECK(evaluate_rag(rule, {1, Judgement::no_judgement, {}, Polarity::none}).rag == Rag::grey);
}

TEST_CASE("a benchmark rule follows the statistical comparison") {
  const RagRule rule = BenchmarkRule{"x", 0.95};
  CHECK(evaluate_rag(rule, {1, {}, Comparison::better, Polarity::lower_is_better}).rag ==
        Rag::green);
  CHECK(evaluate_rag(rule, {1, {}, Comparison::similar, Polarity::lower_is_better}).rag ==
        Rag::amber);
  CHECK(evaluate_rag(rule, {1, {}, Comparison::worse, Polarity::lower_is_better}).rag == Rag::red);
  CHECK(evaluate_rag(rule, {1, {}, std::nullopt, Polarity::lower_is_better}).rag == Rag::grey);
}

TEST_CASE("no rule is grey, with the reason") {
  const RagStatus status = evaluate_rag({}, current(1, Polarity::none));
  CHECK(status.rag == Rag::grey);
  CHECK(status.reason == "no RAG rule is declared for this indicator");
}

TEST_CASE("an outcome's RAG is the worst or the most common of its indicators'") {
  const std::vector<Rag> rags = {Rag::green, Rag::green, Rag::amber, Rag::grey, Rag::green};
  CHECK(overall_rag(OverallRule::worst, rags).rag == Rag::amber);
  CHECK(overall_rag(OverallRule::majority, rags).rag == Rag::green);
  CHECK(overall_rag(OverallRule::majority, std::vector<Rag>{Rag::green, Rag::red}).rag == Rag::red);
  CHECK(overall_rag(OverallRule::worst, std::vector<Rag>{Rag::grey, Rag::grey}).rag == Rag::grey);
  CHECK(overall_rag(OverallRule::worst, rags).reason ==
        "the worst of its indicators' RAGs (0 red, 1 amber, 3 green)");
}
