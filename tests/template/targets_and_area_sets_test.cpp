// The Police and Crime Plan's kinds in dashboard.yaml: targets, counted units, classifications
// set by hand, and area sets other than the districts.
#include <catch2/catch.hpp>

#include "scdash/platform/disk_file_system.hpp"
#include "scdash/template/catalogue.hpp"
#include "support/describe.hpp"
#include "support/memory_file_system.hpp"

using namespace scdash;

namespace {

std::optional<templates::Catalogue> load(const std::string& text, core::Diagnostics& diagnostics) {
  testing::MemoryFileSystem disk;
  disk.add_file("t/dashboard.yaml", text);
  return templates::load_catalogue(disk, "t", diagnostics);
}

}  // namespace

TEST_CASE("targets, counted units and classifications are read") {
  core::Diagnostics diagnostics;
  const auto catalogue = load(R"(title: T
headline_area: F1
area_sets:
  - {name: BCUs, areas: [City, Counties]}
  - {name: LPUs, areas: [B, C]}
classifications: [High, Medium, Low]
outcomes:
  - name: O
    indicators:
      - {id: a, label: A, polarity: lower, count: {measure: x}, counted: crimes,
         target: {reduction_percent: 13}, rag: {rule: target}, classification: c.a}
      - {id: b, label: B, polarity: higher, percentage: {numerator: y, denominator: x},
         target: {level: 25}, rag: {rule: target, tolerance: 2}}
      - {id: c, label: C, polarity: lower, count: {measure: z}, target: {increase_count: 40}}
      - {id: d, label: D, polarity: none, count: {measure: w}, rag: {rule: target, target: 9}}
)",
                              diagnostics);
  INFO(testing::describe(diagnostics));
  REQUIRE(catalogue);
  REQUIRE(catalogue->area_sets.size() == 2);
  CHECK(catalogue->area_sets[0].name == "BCUs");
  CHECK(catalogue->area_sets[1].labels == std::vector<std::string>{"B", "C"});
  CHECK(catalogue->classifications == std::vector<std::string>{"High", "Medium", "Low"});
  const auto& indicators = catalogue->outcomes[0].indicators;
  REQUIRE(indicators[0].target);
  CHECK(indicators[0].target->kind == templates::TargetKind::change_percent);
  CHECK(indicators[0].target->value == -13);
  CHECK(indicators[0].counted == "crimes");
  CHECK(indicators[0].classification_measure == "c.a");
  CHECK_FALSE(std::get<templates::TargetRule>(indicators[0].rag).target);
  CHECK(indicators[1].target->kind == templates::TargetKind::level);
  CHECK(indicators[1].target->value == 25);
  CHECK(std::get<templates::TargetRule>(indicators[1].rag).tolerance_percent == 2);
  CHECK(indicators[2].target->kind == templates::TargetKind::change_count);
  CHECK(indicators[2].target->value == 40);
  CHECK_FALSE(indicators[3].target);
  CHECK(std::get<templates::TargetRule>(indicators[3].rag).target == 9);
  // The classification is a measure the template reads.
  const auto read = templates::measures_read(*catalogue);
  CHECK(std::find(read.begin(), read.end(), "c.a") != read.end());
}

TEST_CASE("a target's mistakes are reported at their line") {
  const auto first_error = [](const std::string& indicator) {
    core::Diagnostics diagnostics;
    CHECK_FALSE(
        load("title: T\nheadline_area: F1\noutcomes:\n  - name: O\n    indicators:\n"
             "      - " +
                 indicator + "\n",
             diagnostics));
    REQUIRE_FALSE(diagnostics.empty());
    CHECK(diagnostics[0].location.line == 6);
    return diagnostics[0].code;
  };
  CHECK(first_error("{id: a, label: A, polarity: lower, count: {measure: x}, "
                    "target: {reduction_percent: 13, level: 5}}") == "template-target-one-key");
  CHECK(first_error("{id: a, label: A, polarity: lower, count: {measure: x}, "
                    "target: {reduction: 13}}") == "template-unknown-key");
  CHECK(first_error("{id: a, label: A, polarity: lower, count: {measure: x}, "
                    "target: {reduction_percent: -13}}") == "template-out-of-range");
  CHECK(first_error("{id: a, label: A, polarity: lower, rate: {measure: x, per: 1000}, "
                    "target: {reduction_count: 13}}") == "template-target-not-for-formula");
  CHECK(first_error("{id: a, label: A, polarity: lower, count: {measure: x}, "
                    "target: {level: 5}, rag: {rule: target, target: 5}}") ==
        "template-target-given-twice");
  CHECK(first_error("{id: a, label: A, polarity: lower, count: {measure: x}, "
                    "rag: {rule: target}}") == "template-target-missing");
  CHECK(first_error("{id: a, label: A, polarity: lower, count: {measure: x}, "
                    "target: {reduction_percent: 130}}") == "template-out-of-range");
  CHECK(first_error("{id: a, label: A, polarity: higher, value: {measure: x, unit: percent}, "
                    "target: {increase_count: 3}}") == "template-target-not-for-formula");
  CHECK(first_error("{id: a, label: A, polarity: higher, value: {measure: x, unit: percent}, "
                    "counted: crimes}") == "template-counted-not-for-formula");
}

TEST_CASE("a classification needs the template's list, and the area columns one way to list them") {
  core::Diagnostics diagnostics;
  CHECK_FALSE(load(R"(title: T
headline_area: F1
outcomes:
  - name: O
    indicators:
      - {id: a, label: A, polarity: lower, count: {measure: x}, classification: c.a}
)",
                   diagnostics));
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == "template-classifications-missing");
  CHECK(diagnostics[0].location.line == 6);

  diagnostics.clear();
  CHECK_FALSE(load(R"(title: T
headline_area: F1
districts: [A]
area_sets: [{name: BCUs, areas: [City]}]
outcomes:
  - name: O
    indicators:
      - {id: a, label: A, polarity: lower, count: {measure: x}}
)",
                   diagnostics));
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == "template-area-sets-twice");
  CHECK(diagnostics[0].location.line == 4);
}

TEST_CASE("an area set lists its areas, each area in one set only, each set named once") {
  core::Diagnostics diagnostics;
  CHECK_FALSE(load(R"(title: T
headline_area: F1
area_sets:
  - {name: BCUs, areas: [City, Counties]}
  - {name: LPUs, areas: [B, City]}
  - {name: BCUs, areas: [X]}
  - {name: Empty, areas: []}
outcomes:
  - name: O
    indicators:
      - {id: a, label: A, polarity: lower, count: {measure: x}}
)",
                   diagnostics));
  std::vector<std::string> found;
  for (const auto& diagnostic : diagnostics) {
    found.push_back(diagnostic.code + " at " + std::to_string(diagnostic.location.line));
  }
  CHECK(found == std::vector<std::string>{"template-area-listed-twice at 5",
                                          "template-area-set-twice at 6",
                                          "template-area-set-empty at 7"});
}

TEST_CASE("the Police and Crime Plan template loads") {
  const auto disk = platform::make_disk_file_system();
  core::Diagnostics diagnostics;
  const auto catalogue = templates::load_catalogue(
      *disk, SCDASH_SOURCE_DIR "/workbook-templates/police-and-crime-plan", diagnostics);
  INFO(testing::describe(diagnostics));
  REQUIRE(diagnostics.empty());
  REQUIRE(catalogue);
  CHECK(catalogue->headline_area == "E23000021");
  REQUIRE(catalogue->area_sets.size() == 2);
  CHECK(catalogue->area_sets[0].labels == std::vector<std::string>{"City", "Counties"});
  CHECK(catalogue->area_sets[1].labels.size() == 11);
}
