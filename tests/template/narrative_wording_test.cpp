#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include <fmt/format.h>
#include <catch2/catch.hpp>

#include "scdash/template/narrative_wording.hpp"
#include "scdash/template/placeholders.hpp"
#include "support/describe.hpp"
#include "support/memory_file_system.hpp"

using namespace scdash;
using templates::StatementKind;

namespace {

templates::NarrativeWording load(const std::string& yaml, core::Diagnostics& diagnostics) {
  testing::MemoryFileSystem disk;
  disk.add_file("template/dashboard.yaml", "title: x\n");
  disk.add_file("template/narrative.yaml", yaml);
  return templates::load_narrative_wording(disk, "template", diagnostics);
}

}  // namespace

TEST_CASE("every kind of statement has a key, a default wording and only its own placeholders") {
  std::set<std::string_view> keys;
  const auto& kinds = templates::statement_kinds();
  REQUIRE(kinds.size() == static_cast<std::size_t>(StatementKind::small_numbers) + 1);
  for (std::size_t i = 0; i < kinds.size(); ++i) {
    const auto& kind = kinds[i];
    INFO(kind.key);
    CHECK(static_cast<std::size_t>(kind.kind) == i);  // listed in the enumeration's order
    CHECK(keys.insert(kind.key).second);
    CHECK_FALSE(kind.when.empty());
    CHECK_FALSE(kind.pattern.empty());
    for (const auto& name : templates::placeholder_names(kind.pattern)) {
      CHECK(std::find(kind.names.begin(), kind.names.end(), name) != kind.names.end());
    }
    CHECK(templates::NarrativeWording{}.pattern(kind.kind) == kind.pattern);
  }
}

TEST_CASE("docs/template.md lists every kind of statement with its default wording") {
  std::ifstream file(SCDASH_SOURCE_DIR "/docs/template.md");
  REQUIRE(file);
  std::ostringstream docs;
  docs << file.rdbuf();
  for (const auto& kind : templates::statement_kinds()) {
    INFO(kind.key);
    CHECK_THAT(docs.str(), Catch::Contains(fmt::format("| `{}` | {} |", kind.key, kind.when)));
    CHECK_THAT(docs.str(), Catch::Contains(fmt::format("| {} |", kind.pattern)));
  }
}

TEST_CASE("a template without narrative.yaml gets the default wording") {
  testing::MemoryFileSystem disk;
  disk.add_file("template/dashboard.yaml", "title: x\n");
  core::Diagnostics diagnostics;
  const auto wording = templates::load_narrative_wording(disk, "template", diagnostics);
  CHECK(diagnostics.empty());
  CHECK(wording.report.title == "{title}: {quarter} report");
  CHECK(wording.report.date.empty());
  CHECK(wording.report.language == "en-GB");
  CHECK(wording.small_numbers_below == 100);
  CHECK(wording.pattern(StatementKind::stable) ==
        "{indicator} has remained stable at {current}, against {previous} in the previous year.");
}

TEST_CASE("narrative.yaml rewords statements, reframes the report and can leave a kind out") {
  core::Diagnostics diagnostics;
  const auto wording = load(R"(
report:
  board: Safer Rutland Partnership
  date: 3 December 2026
  title: "Community safety performance, {quarter}"
  headings: {recommendations: "Recommendation"}
  introduction: ["This report updates the Partnership on {area}."]
  recommendations: [That the Partnership notes the dashboard.]
  contact: [A. Officer, "Tel: 01572 000000"]
  appendices: []
small_numbers_below: 50
statements:
  stable: "{indicator}: no real change ({previous} to {current})."
  no_district_differs: ""
)",
                            diagnostics);
  CHECK(testing::describe(diagnostics).empty());
  CHECK(wording.report.board == "Safer Rutland Partnership");
  CHECK(wording.report.date == "3 December 2026");
  CHECK(wording.report.title == "Community safety performance, {quarter}");
  CHECK(wording.report.headings.recommendations == "Recommendation");
  CHECK(wording.report.headings.introduction == "Introduction");  // not set: the default
  CHECK(wording.report.introduction ==
        std::vector<std::string>{"This report updates the Partnership on {area}."});
  CHECK(wording.report.contact == std::vector<std::string>{"A. Officer", "Tel: 01572 000000"});
  CHECK(wording.report.appendices.empty());
  CHECK(wording.small_numbers_below == 50);
  CHECK(wording.pattern(StatementKind::stable) ==
        "{indicator}: no real change ({previous} to {current}).");
  CHECK(wording.pattern(StatementKind::no_district_differs).empty());
  CHECK(wording.pattern(StatementKind::improved) ==
        templates::statement_kind(StatementKind::improved).pattern);
}

TEST_CASE("mistakes in narrative.yaml are named at their line, and the defaults stand in") {
  core::Diagnostics diagnostics;
  const auto wording = load(R"(
report:
  title: "{title} for {quartr}"
  recomendations: [x]
small_numbers_below: -1
statements:
  stabel: "{indicator} is stable."
  improved: "{indicator} has improved by {target}."
  stable: [not, a, sentence]
)",
                            diagnostics);
  CHECK(testing::places_and_codes(diagnostics) ==
        std::vector<std::string>{
            "template/narrative.yaml:4:3 template-unknown-key",
            "template/narrative.yaml:3:10 template-unknown-placeholder",
            "template/narrative.yaml:5:22 template-out-of-range",
            "template/narrative.yaml:7:3 template-unknown-key",
            "template/narrative.yaml:8:13 template-unknown-placeholder",
            "template/narrative.yaml:9:11 template-wrong-type",
        });
  const std::string described = testing::describe(diagnostics);
  // A placeholder of another kind is named with the kind's own.
  CHECK_THAT(described, Catch::Contains("'{target}' is not a placeholder of 'improved'"));
  CHECK_THAT(described, Catch::Contains("'stabel' is not a kind of statement"));
  CHECK(wording.pattern(StatementKind::improved) ==
        templates::statement_kind(StatementKind::improved).pattern);
  CHECK(wording.small_numbers_below == 100);
  CHECK(wording.report.title == "{title}: {quarter} report");
}

TEST_CASE("the report's frame takes the layout's placeholders and no others") {
  core::Diagnostics diagnostics;
  const auto wording = load("report: {title: \"{title} for {quartr}\"}\n", diagnostics);
  CHECK(testing::places_and_codes(diagnostics) ==
        std::vector<std::string>{"template/narrative.yaml:1:17 template-unknown-placeholder"});
  CHECK(wording.report.title == "{title}: {quarter} report");
}
