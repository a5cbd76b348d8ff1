#include <catch2/catch.hpp>

#include "scdash/mapping/supersede.hpp"

using namespace scdash;

namespace {

const core::Period kJune2025 = core::Period::single(core::Month::of(2025, 6));

core::Observation figure(std::string area, double value, std::string file, core::CellRef cell) {
  core::Observation observation;
  observation.measure = "crime.total";
  observation.area_code = std::move(area);
  observation.period = kJune2025;
  observation.value = value;
  observation.source.file = std::move(file);
  observation.source.sheet = "Districts";
  observation.source.cell = cell;
  return observation;
}

mapping::Drop drop_of(int quarter, std::vector<core::Observation> observations) {
  mapping::Drop drop;
  drop.quarter = core::FinancialQuarter{2025, quarter};
  drop.observations = std::move(observations);
  return drop;
}

}  // namespace

TEST_CASE("a later quarter's figure supersedes an earlier quarter's, and a change is a revision") {
  std::vector<mapping::Drop> drops;
  // Given newest first, to show that the drops' order comes from their quarters.
  drops.push_back(drop_of(2, {figure("E07000129", 515, "Q2.xlsx", {6, 2}),
                              figure("E07000130", 900, "Q2.xlsx", {7, 2})}));
  drops.push_back(drop_of(
      1, {figure("E07000129", 512, "Q1.xlsx", {6, 3}), figure("E07000130", 900, "Q1.xlsx", {7, 3}),
          figure("E07000131", 300, "Q1.xlsx", {8, 3})}));
  core::Diagnostics diagnostics;
  const auto observations = mapping::supersede_earlier_drops(std::move(drops), diagnostics);

  REQUIRE(observations.size() == 3);
  CHECK(observations[0].area_code == "E07000131");  // only the older drop gives it
  CHECK(observations[0].source.file == "Q1.xlsx");
  CHECK(observations[1].value == 515);
  CHECK(observations[1].source.file == "Q2.xlsx");
  CHECK(observations[2].value == 900);
  CHECK(observations[2].source.file == "Q2.xlsx");

  REQUIRE(diagnostics.size() == 1);  // the unchanged 900 is no revision
  const auto& revision = diagnostics.front();
  CHECK(revision.code == "figure-revised");
  CHECK(revision.severity == core::Severity::info);
  CHECK(revision.location.to_string() == "Q2.xlsx!Districts!C7");
  CHECK(revision.message ==
        "crime.total for Jun 2025 is now 515; the 2025/26 Q1 return gave 512 at "
        "Q1.xlsx!Districts!D7");
}

TEST_CASE("figures within one drop never supersede one another") {
  std::vector<mapping::Drop> drops;
  drops.push_back(drop_of(
      2, {figure("E07000129", 515, "a.xlsx", {6, 2}), figure("E07000129", 516, "b.xlsx", {6, 2})}));
  core::Diagnostics diagnostics;
  const auto observations = mapping::supersede_earlier_drops(std::move(drops), diagnostics);
  CHECK(observations.size() == 2);  // the conflict is left for validation to report
  CHECK(diagnostics.empty());
}

TEST_CASE("a figure marked not available in a later drop revises an earlier number") {
  std::vector<mapping::Drop> drops;
  drops.push_back(drop_of(1, {figure("E07000129", 40, "Q1.xlsx", {6, 2})}));
  auto unavailable = figure("E07000129", 0, "Q2.xlsx", {6, 2});
  unavailable.unavailable_reason = "change of system";
  drops.push_back(drop_of(2, {unavailable}));
  core::Diagnostics diagnostics;
  const auto observations = mapping::supersede_earlier_drops(std::move(drops), diagnostics);
  REQUIRE(observations.size() == 1);
  CHECK(observations[0].unavailable_reason == "change of system");
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].message ==
        "crime.total for Jun 2025 is now not available (change of system); the 2025/26 Q1 "
        "return gave 40 at Q1.xlsx!Districts!C7");
}

TEST_CASE("a RAG set by hand that a later quarter's return changes is a revision, by its text") {
  const auto rag = [](std::string text, std::string file) {
    core::Observation observation = figure("E10000018", 0, std::move(file), {4, 2});
    observation.measure = "rag.iom";
    observation.text = std::move(text);
    return observation;
  };
  std::vector<mapping::Drop> drops;
  drops.push_back(drop_of(1, {rag("Amber", "Q1.xlsx")}));
  drops.push_back(drop_of(2, {rag("Green", "Q2.xlsx")}));
  core::Diagnostics diagnostics;
  const auto observations = mapping::supersede_earlier_drops(std::move(drops), diagnostics);
  REQUIRE(observations.size() == 1);
  CHECK(observations[0].text == "Green");
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].message ==
        "rag.iom for Jun 2025 is now \"Green\"; the 2025/26 Q1 return gave \"Amber\" at "
        "Q1.xlsx!Districts!C5");

  // The same text again is no revision.
  std::vector<mapping::Drop> same;
  same.push_back(drop_of(1, {rag("Amber", "Q1.xlsx")}));
  same.push_back(drop_of(2, {rag("Amber", "Q2.xlsx")}));
  core::Diagnostics none;
  mapping::supersede_earlier_drops(std::move(same), none);
  CHECK(none.empty());
}
