#include <catch2/catch.hpp>

#include "scdash/run/project.hpp"
#include "support/describe.hpp"

using namespace scdash;

TEST_CASE("a project file's paths are resolved against its own folder") {
  core::Diagnostics diagnostics;
  const run::Project project = run::parse_project(R"(returns: returns/
mappings: ../shared/mappings
template: /srv/templates/safer-communities
outputs: {dashboard: out/dashboard.xlsx}
)",
                                                  "team/scdash.yaml", diagnostics);
  INFO(testing::describe(diagnostics));
  CHECK(diagnostics.empty());
  CHECK(project.returns == "team/returns");
  CHECK(project.mappings == "shared/mappings");
  CHECK(project.dashboard_template == "/srv/templates/safer-communities");
  CHECK(project.dashboard == "team/out/dashboard.xlsx");
  CHECK(project.report.empty());
}

TEST_CASE("a project file's mistakes are named at their line") {
  core::Diagnostics diagnostics;
  run::parse_project("retruns: returns\noutputs: {dashboard: }\n", "scdash.yaml", diagnostics);
  CHECK(testing::places_and_codes(diagnostics) ==
        std::vector<std::string>{"scdash.yaml:1:1 project-unknown-key",
                                 "scdash.yaml:2:11 project-empty-path"});
}

TEST_CASE("a project file may ask for the board report's draft") {
  core::Diagnostics diagnostics;
  CHECK(run::parse_project("narrative: true\n", "scdash.yaml", diagnostics).narrative);
  CHECK_FALSE(run::parse_project("narrative: false\n", "scdash.yaml", diagnostics).narrative);
  CHECK_FALSE(run::parse_project("returns: r\n", "scdash.yaml", diagnostics).narrative);
  CHECK(diagnostics.empty());
  CHECK_FALSE(run::parse_project("narrative: yes please\n", "scdash.yaml", diagnostics).narrative);
  CHECK(testing::places_and_codes(diagnostics) ==
        std::vector<std::string>{"scdash.yaml:1:12 project-unknown-value"});
}

TEST_CASE("outputs come from the options, then the project file, and stay together") {
  run::Project project;
  project.dashboard = "out/dashboard.xlsx";
  project.report = "out/report.json";
  const auto from_project = run::resolve_outputs("", "", project);
  CHECK(from_project.dashboard == "out/dashboard.xlsx");
  CHECK(from_project.report == "out/report.json");
  // A dashboard given alone takes its report beside it, not the project file's.
  const auto given = run::resolve_outputs("q2/dash.xlsx", "", project);
  CHECK(given.dashboard == "q2/dash.xlsx");
  CHECK(given.report == "q2/report.json");
  CHECK(run::resolve_outputs("", "", {}).dashboard == "dashboard.xlsx");
}
