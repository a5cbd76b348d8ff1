#include <catch2/catch.hpp>

#include "validate/validate_fixture.hpp"

using namespace scdash;
using core::Month;
using testing::codes;

TEST_CASE("a negative count is an error at its cell, and the figure is rejected") {
  testing::ValidateFixture f;
  core::Observation& figure = f.at("crime.total", "D1", Month::of(2025, 5));
  figure.value = -4;
  const validate::Validation validation = f.validate();
  REQUIRE(codes(validation.diagnostics) == std::vector<std::string>{"count-negative"});
  const core::Diagnostic& d = validation.diagnostics[0];
  CHECK(d.severity == core::Severity::error);
  CHECK(d.location.to_string() == "returns/police.xlsx!Districts!U5");
  CHECK(d.message ==
        "crime.total for Ash in May 2025 is a count, but this figure is -4 (read by "
        "mappings/test.yaml:7)");
  REQUIRE(validation.rejections.size() == 1);
  CHECK(validation.rejections[0].observation == f.index_of(figure));
}

TEST_CASE("a count with a fraction is a warning, and the figure stands") {
  testing::ValidateFixture f;
  f.at("crime.total", "D2", Month::of(2024, 1)).value = 100.5;
  const validate::Validation validation = f.validate();
  REQUIRE(codes(validation.diagnostics) == std::vector<std::string>{"count-not-whole"});
  CHECK(validation.diagnostics[0].severity == core::Severity::warning);
  CHECK(validation.diagnostics[0].location.to_string() == "returns/police.xlsx!Districts!E6");
  CHECK(validation.rejections.empty());
}

TEST_CASE("a percentage outside 0 to 100 is an error at its cell, and the figure is rejected") {
  testing::ValidateFixture f;
  core::Observation& wave = f.observations.back();  // the 2025/26 Q2 survey wave
  wave.value = 142;
  const validate::Validation validation = f.validate();
  REQUIRE(codes(validation.diagnostics) == std::vector<std::string>{"percent-out-of-range"});
  CHECK(validation.diagnostics[0].location.to_string() == "returns/survey.xlsx!Data!B3");
  CHECK(validation.diagnostics[0].message ==
        "survey.asb for County in Jul 2025 to Sep 2025 is a percentage, but this figure is 142, "
        "outside 0 to 100 (read by mappings/test.yaml:7)");
  REQUIRE(validation.rejections.size() == 1);
  CHECK(validation.rejections[0].observation == f.index_of(wave));
  CHECK(validation.rejections[0].reason ==
        "a percentage is from 0 to 100, and this is 142 [percent-out-of-range]");
}

TEST_CASE("the benchmark and comparators of a percentage indicator hold percentages too") {
  testing::ValidateFixture f;
  templates::Indicator& marac = f.catalogue.outcomes[0].indicators[1];
  marac.comparators.most_similar_group = "msg.marac";
  f.add("msg.marac", "E1", {Month::of(2024, 10), Month::of(2025, 9)}, -3, "returns/msg.xlsx",
        {1, 1});
  const validate::Validation validation = f.validate();
  CHECK(codes(validation.diagnostics) == std::vector<std::string>{"percent-out-of-range"});
}

TEST_CASE("a RAG set by hand that is not R, A or G is an error at its cell, and is rejected") {
  testing::ValidateFixture f;
  f.catalogue.outcomes[0].indicators[0].rag = templates::ManualRule{"rag.crime", ""};
  const core::Period quarter = f.quarter.period();
  f.add("rag.crime", "E1", quarter, 0, "returns/rag.xlsx", {2, 1});
  f.observations.back().text = "Purple";
  f.add("rag.crime", "E1", f.quarter.previous().period(), 0, "returns/rag.xlsx", {3, 1});
  f.observations.back().text = "amber";
  f.add("rag.crime", "E1", f.quarter.previous().previous().period(), 2, "returns/rag.xlsx",
        {4, 1});  // a number: the mapping does not read the measure as text
  const validate::Validation validation = f.validate();
  REQUIRE(codes(validation.diagnostics) == std::vector<std::string>{"rag-invalid", "rag-invalid"});
  const core::Diagnostic& purple = validation.diagnostics[0];
  CHECK(purple.severity == core::Severity::error);
  CHECK(purple.location.to_string() == "returns/rag.xlsx!Data!B3");
  CHECK(purple.message ==
        "rag.crime for County in Jul 2025 to Sep 2025 is a RAG set by hand, but this cell holds "
        "\"Purple\" (read by mappings/test.yaml:7)");
  CHECK(purple.hint == "write R, A or G (or Red, Amber, Green)");
  CHECK(validation.diagnostics[1].message.find("holds the number 2") != std::string::npos);
  CHECK(validation.diagnostics[1].hint.find("'values: text'") != std::string::npos);
  REQUIRE(validation.rejections.size() == 2);
  CHECK(validation.rejections[0].observation == f.observations.size() - 3);
  CHECK(validation.rejections[0].reason ==
        "a RAG is R, A or G (or Red, Amber, Green), and this is \"Purple\" [rag-invalid]");
  CHECK(validation.rejections[1].observation == f.observations.size() - 1);
}

TEST_CASE(
    "a classification set by hand that is not one of the template's is an error at its cell") {
  testing::ValidateFixture f;
  f.catalogue.classifications = {"High", "Medium", "Low"};
  f.catalogue.outcomes[0].indicators[0].classification_measure = "class.crime";
  f.add("class.crime", "E1", f.quarter.period(), 0, "returns/scorecard.xlsx", {2, 1});
  f.observations.back().text = "Hgh";
  f.add("class.crime", "E1", f.quarter.previous().period(), 0, "returns/scorecard.xlsx", {3, 1});
  f.observations.back().text = " medium ";  // any case and spacing
  f.add("class.crime", "E1", f.quarter.previous().previous().period(), 3, "returns/scorecard.xlsx",
        {4, 1});  // a number: the mapping does not read it as text
  const validate::Validation validation = f.validate();
  REQUIRE(codes(validation.diagnostics) ==
          std::vector<std::string>{"classification-invalid", "classification-invalid"});
  const core::Diagnostic& typo = validation.diagnostics[0];
  CHECK(typo.severity == core::Severity::error);
  CHECK(typo.location.to_string() == "returns/scorecard.xlsx!Data!B3");
  CHECK(typo.message.find("is a classification set by hand, but this cell holds \"Hgh\"") !=
        std::string::npos);
  CHECK(typo.hint == "write one of High, Medium, Low");
  CHECK(validation.diagnostics[1].hint.find("'values: text'") != std::string::npos);
  REQUIRE(validation.rejections.size() == 2);
  CHECK(validation.rejections[0].reason ==
        "a classification is one of High, Medium, Low, and this is \"Hgh\" "
        "[classification-invalid]");
}

TEST_CASE("two different RAGs set by hand for one quarter contradict each other") {
  testing::ValidateFixture f;
  f.add("rag.crime", "E1", f.quarter.period(), 0, "returns/rag.xlsx", {2, 1});
  f.observations.back().text = "R";
  f.add("rag.crime", "E1", f.quarter.period(), 0, "returns/rag2.xlsx", {2, 1});
  f.observations.back().text = "G";
  const validate::Validation validation = f.validate();
  REQUIRE(codes(validation.diagnostics) == std::vector<std::string>{"figure-contradicted"});
  CHECK(validation.diagnostics[0].message.find("is \"G\" here but \"R\" at "
                                               "returns/rag.xlsx!Data!B3") != std::string::npos);
  CHECK(validation.rejections.size() == 2);
}
