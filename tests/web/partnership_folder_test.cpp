// The page's engine: the partnership folder handed over as bytes, the job run on it, and one
// return checked, each answered as the JSON the page shows.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "partnership_folder.hpp"
#include "support/output_checks.hpp"

using Catch::Matchers::Contains;
using scdash::web::PartnershipFolder;

namespace {

namespace fs = std::filesystem;

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The source tree's example folder, as the page is given it: every file by its path inside.
void add_example_folder(PartnershipFolder& folder, bool with_project_file = true) {
  const fs::path root = SCDASH_SOURCE_DIR;
  if (with_project_file) {
    folder.add_file("scdash.yaml", read_file(root / "scdash.yaml"));
  }
  for (const char* part : {"mappings", "workbook-templates", "examples/returns"}) {
    for (const auto& entry : fs::recursive_directory_iterator(root / part)) {
      if (entry.is_regular_file()) {
        folder.add_file(fs::relative(entry.path(), root).generic_string(), read_file(entry.path()));
      }
    }
  }
}

struct Quiet final : scdash::run::Progress {};

}  // namespace

TEST_CASE("the page's engine runs the example folder and keeps the dashboard and report in it") {
  PartnershipFolder folder;
  add_example_folder(folder);
  Quiet quiet;
  const std::string result = folder.run({}, quiet);

  CHECK(scdash::testing::json_problem(result) == std::nullopt);
  CHECK_THAT(result, Contains(R"("stop": "none")"));
  CHECK_THAT(result, Contains(R"("quarter": "2025/26 Q2")"));
  CHECK_THAT(result, Contains(R"("path": "out/dashboard.xlsx")"));
  CHECK_THAT(result, Contains(R"("unaccounted": 0)"));
  CHECK_THAT(result, Contains(R"("E07000129": "Blaby")"));
  CHECK_THAT(result, Contains(R"("Grey": "n/a")"));
  const auto report = folder.output("out/report.json");
  REQUIRE(report);
  CHECK(scdash::testing::json_problem(*report) == std::nullopt);
  CHECK_THAT(*report, Contains(R"("balanced": true)"));
  const auto dashboard = folder.output("out/dashboard.xlsx");
  REQUIRE(dashboard);
  CHECK(dashboard->starts_with("PK"));
}

TEST_CASE("the page's engine takes the quarter asked for, and refuses one it cannot read") {
  PartnershipFolder folder;
  add_example_folder(folder);
  Quiet quiet;
  CHECK_THAT(folder.run({"2025/26-Q1", false}, quiet), Contains(R"("quarter": "2025/26 Q1")"));

  const std::string refused = folder.run({"last quarter", false}, quiet);
  CHECK_THAT(refused, Contains(R"("stop": "quarter_not_understood")"));
  CHECK_THAT(refused, Contains("'last quarter' is not a financial quarter"));
}

TEST_CASE("a folder without a project file is read as the defaults lay it out") {
  PartnershipFolder folder;
  add_example_folder(folder, false);
  Quiet quiet;
  const std::string result = folder.run({}, quiet);
  // The defaults name returns/, which this folder does not have: said, at the folder.
  CHECK_THAT(result, Contains(R"("stop": "returns_folder_unreadable")"));
  CHECK_THAT(result, Contains(R"("location": "returns")"));
}

TEST_CASE("a project file with a mistake stops the page's job, named at its line") {
  PartnershipFolder folder;
  add_example_folder(folder);
  folder.add_file("scdash.yaml", "returns: examples/returns\nretruns: x\n");
  Quiet quiet;
  const std::string result = folder.run({}, quiet);
  CHECK_THAT(result, Contains(R"("stop": "project_errors")"));
  CHECK_THAT(result, Contains(R"("location": "scdash.yaml:2:1")"));
  CHECK_FALSE(folder.output("out/dashboard.xlsx"));
}

TEST_CASE("checking one return in the page gives its figures, their areas' names and problems") {
  PartnershipFolder folder;
  add_example_folder(folder);
  const std::string checked = folder.check("examples/returns/2025-26-Q2/marac-2025-26-Q2.xlsx", "");
  CHECK(scdash::testing::json_problem(checked) == std::nullopt);
  CHECK_THAT(checked, Contains(R"("stop": "none")"));
  CHECK_THAT(checked, Contains(R"("mapping": "mappings/marac.yaml")"));
  CHECK_THAT(checked, Contains(R"("measure": "marac.cases")"));
  CHECK_THAT(checked, Contains(R"(": "Rutland")"));

  const std::string missing = folder.check("examples/returns/nothing.xlsx", "");
  CHECK_THAT(missing, Contains(R"("stop": "unreadable")"));
}

TEST_CASE("a workbook checked apart from the returns is named in its problems as Excel names it") {
  PartnershipFolder folder;
  add_example_folder(folder);
  folder.add_file(
      ".open-workbook/marac-2025-26-Q2.xlsx",
      read_file(fs::path(SCDASH_SOURCE_DIR) / "examples/returns/2025-26-Q2/marac-2025-26-Q2.xlsx"));
  const std::string checked =
      folder.check(".open-workbook/marac-2025-26-Q2.xlsx", "", "marac-2025-26-Q2.xlsx");
  CHECK(scdash::testing::json_problem(checked) == std::nullopt);
  CHECK_THAT(checked, Contains(R"("mapping": "mappings/marac.yaml")"));
  CHECK_THAT(checked, Contains(R"("cell": "marac-2025-26-Q2.xlsx!)"));
  CHECK_THAT(checked, !Contains(".open-workbook"));
}

TEST_CASE("a mapping drafted in the page recognises the folder's area names") {
  PartnershipFolder folder;
  add_example_folder(folder);
  const std::string drafted = folder.draft_mapping(
      "examples/returns/2025-26-Q2/asb-incidents-2025-26-Q2.xlsx", "asb-incidents.xlsx", "");
  CHECK(scdash::testing::json_problem(drafted) == std::nullopt);
  CHECK_THAT(drafted, Contains(R"("yaml": ")"));
  CHECK_THAT(drafted, Contains("area_column: District"));  // known by reference/areas.yaml
  CHECK_THAT(drafted, Contains("TODO"));
  CHECK_THAT(drafted, Contains("from asb-incidents.xlsx"));
  CHECK_THAT(drafted, Contains(R"("diagnostics": [])"));

  const std::string no_sheet = folder.draft_mapping(
      "examples/returns/2025-26-Q2/asb-incidents-2025-26-Q2.xlsx", "", "No such sheet");
  CHECK_THAT(no_sheet, Contains(R"("yaml": null)"));
  CHECK_THAT(no_sheet, Contains("draft-sheet-missing"));

  const std::string unreadable = folder.draft_mapping("returns/missing.xlsx", "", "");
  CHECK_THAT(unreadable, Contains(R"("yaml": null)"));
  CHECK_THAT(unreadable, Contains("returns/missing.xlsx"));
}
