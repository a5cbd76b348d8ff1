// scdash.yaml: the project file at the root of a BI team's working folder. 'scdash run' alone
// works anywhere below it, the command line overrides it, and its mistakes are reported at
// their line and column.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <string>

#include "e2e/program_and_sheets.hpp"

using namespace scdash;
using testing::has;
using testing::kSource;
using testing::run_program;
using testing::run_scdash;
using testing::TemporaryFolder;
namespace fs = std::filesystem;

namespace {

// A BI team's working folder: the example returns of 2025/26 Q2 in returns/, a copy of the
// mappings and the template under config/, and scdash.yaml at its root.
struct TeamFolder {
  explicit TeamFolder(const std::string& project_file) {
    fs::create_directories(root / "returns");
    fs::create_directories(root / "config");
    fs::copy(kSource / "examples/returns/2025-26-Q2", root / "returns/2025-26-Q2",
             fs::copy_options::recursive);
    fs::copy(kSource / "mappings", root / "config/mappings", fs::copy_options::recursive);
    fs::copy(kSource / "workbook-templates/safer-communities", root / "config/template",
             fs::copy_options::recursive);
    testing::write_file(root / "scdash.yaml", project_file);
  }
  testing::ProgramResult scdash(const std::vector<std::string>& arguments,
                                const fs::path& folder = {}) const {
    return run_program(testing::scdash_command(arguments), root / folder);
  }
  TemporaryFolder work;
  fs::path root = work.path() / "team";
};

// Paths relative to the project file's own folder.
constexpr const char* kProject = R"(# the Safer Communities dashboard
returns: returns
mappings: config/mappings
template: config/template/
outputs:
  dashboard: out/dashboard.xlsx
  report: out/report.json
)";

const std::string kPoliceReturn = "returns/2025-26-Q2/police-recorded-crime-2025-26-Q2.xlsx";

}  // namespace

TEST_CASE("scdash run alone runs the project, from its folder or any folder below it") {
  const TeamFolder team(kProject);
  const auto result = team.scdash({"run"}, "returns/2025-26-Q2");
  INFO(result.err);
  CHECK(result.exit_status == 0);
  CHECK(has(result.out, "2025/26 Q2: read 12 of 12 file(s) in the folder"));
  // The output folder is made, and the paths are shown from where scdash ran.
  CHECK(has(result.out, "wrote ../../out/dashboard.xlsx\n"));
  CHECK(has(result.out, "wrote ../../out/report.json\n"));
  CHECK(fs::file_size(team.root / "out/dashboard.xlsx") > 0);
  CHECK(fs::file_size(team.root / "out/report.json") > 0);

  const auto checked = team.scdash({"validate"});
  CHECK(checked.exit_status == 0);
  CHECK(has(checked.out, "2025/26 Q2: read 12 of 12 file(s) in the folder"));

  fs::remove_all(team.root / "out");
  const auto watched = team.scdash({"watch", "--max-runs", "1"});
  CHECK(watched.exit_status == 0);
  CHECK(has(watched.out, "2025/26 Q2: read 12 of 12 file(s) in the folder"));
  CHECK(has(watched.out, "wrote out/dashboard.xlsx\n"));
  CHECK(fs::exists(team.root / "out/report.json"));
}

TEST_CASE("every command-line option overrides the project file") {
  const TeamFolder team(kProject);
  // --out takes the report with it, beside the dashboard.
  const auto out = team.scdash({"run", "--out", "elsewhere.xlsx"});
  INFO(out.err);
  CHECK(out.exit_status == 0);
  CHECK(fs::exists(team.root / "elsewhere.xlsx"));
  CHECK(fs::exists(team.root / "report.json"));
  CHECK_FALSE(fs::exists(team.root / "out"));

  const auto report = team.scdash({"run", "--report", "checks.json"});
  CHECK(report.exit_status == 0);
  CHECK(fs::exists(team.root / "out/dashboard.xlsx"));
  CHECK(fs::exists(team.root / "checks.json"));
  CHECK_FALSE(fs::exists(team.root / "out/report.json"));

  const auto returns =
      team.scdash({"validate", (kSource / "examples/returns/2025-26-Q1").string()});
  CHECK(has(returns.out, "2025/26 Q1: read 12 of 12 file(s)"));

  const auto mappings = team.scdash({"validate", "--mappings", "no-such-mappings"});
  CHECK(mappings.exit_status == 3);  // a folder that cannot be read
  CHECK(has(mappings.err, "no-such-mappings"));
  const auto dashboard_template = team.scdash({"validate", "--template", "no-such-template"});
  CHECK(dashboard_template.exit_status == 3);
  CHECK(has(dashboard_template.err, "no-such-template"));
}

TEST_CASE("map and init-mapping read the project file's mappings") {
  const TeamFolder team(kProject);
  // The team's folder has no mappings/ of its own: only the project file names config/mappings.
  const auto mapped = team.scdash({"map", kPoliceReturn});
  INFO(mapped.err);
  CHECK(mapped.exit_status == 0);
  CHECK(has(mapped.out, "read through config/mappings/police-recorded-crime.yaml"));
  const auto overridden = team.scdash({"map", kPoliceReturn, "--mappings", "no-such-mappings"});
  CHECK(overridden.exit_status == 2);

  // Area names are recognised through the project's reference data, and only through it.
  const auto drafted = team.scdash({"init-mapping", kPoliceReturn});
  CHECK(drafted.exit_status == 0);
  CHECK(has(drafted.out, "area_column"));
  const auto without = team.scdash({"init-mapping", kPoliceReturn, "--mappings", "nowhere"});
  CHECK(without.exit_status == 0);
  CHECK(drafted.out != without.out);
}

TEST_CASE("a mistake in the project file is reported at its line and column, with status 2") {
  const TeamFolder team("returns: returns\nretruns: returns\noutputs:\n  dashbord: out/d.xlsx\n");
  for (const std::string command : {"run", "validate", "map", "init-mapping"}) {
    INFO(command);
    std::vector<std::string> arguments = {command};
    if (command == "map" || command == "init-mapping") {
      arguments.push_back(kPoliceReturn);
    }
    const auto result = team.scdash(arguments);
    CHECK(result.exit_status == 2);
    CHECK(has(result.err,
              "scdash.yaml:2:1: error: unknown key 'retruns' in the project file; did "
              "you mean 'returns'? [project-unknown-key]"));
    CHECK(has(result.err,
              "scdash.yaml:4:3: error: unknown key 'dashbord' in 'outputs'; did you "
              "mean 'dashboard'? [project-unknown-key]"));
    CHECK(result.out.empty());
  }
  // From a folder below, the file is named from there.
  const auto below = team.scdash({"run"}, "returns");
  CHECK(below.exit_status == 2);
  CHECK(has(below.err, "../scdash.yaml:2:1: error: unknown key 'retruns'"));
  CHECK_FALSE(fs::exists(team.root / "out"));

  const TeamFolder broken("returns: [returns\n");
  const auto syntax = broken.scdash({"validate"});
  CHECK(syntax.exit_status == 2);
  CHECK(has(syntax.err, "[project-yaml-syntax]"));
  CHECK(has(syntax.err, "scdash.yaml:2:1: error: "));

  const TeamFolder empty_path("returns: \"\"\n");
  const auto empty = empty_path.scdash({"validate"});
  CHECK(empty.exit_status == 2);
  CHECK(has(empty.err, "scdash.yaml:1:10: error: 'returns' names no path [project-empty-path]"));
}

TEST_CASE("a project file that cannot be read is an input failure, with status 3", "[posix]") {
  const TeamFolder team(kProject);
  // The file is found (its folder can be searched) but cannot be opened. Permissions do not
  // bind the superuser (as CI runs), so then the run drops to user "nobody".
  fs::permissions(team.work.path(), fs::perms::others_read | fs::perms::others_exec,
                  fs::perm_options::add);
  fs::permissions(team.root / "scdash.yaml", fs::perms::none);
  std::vector<std::string> command = {SCDASH_EXE, "run"};
  if (::geteuid() == 0) {
    command.insert(command.begin(),
                   {"/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"});
  }
  const auto result = run_program(command, team.root);
  CHECK(result.exit_status == 3);
  CHECK(has(result.err,
            "scdash.yaml: error: cannot read the project file: Permission denied "
            "[project-unreadable]"));
  CHECK_FALSE(fs::exists(team.root / "out"));
}

TEST_CASE("without a project file, a command that needs the returns folder says how to name it") {
  TemporaryFolder work;  // under the system's temporary folder: no scdash.yaml above it
  for (const std::string command : {"run", "validate", "watch"}) {
    INFO(command);
    const auto result = run_program(testing::scdash_command({command}), work.path());
    CHECK(result.exit_status == 2);
    CHECK(has(result.err, "or name it as 'returns' in a scdash.yaml"));
  }
}

TEST_CASE("the repository's own project file runs the example returns") {
  const std::string project = testing::read_file(kSource / "scdash.yaml");
  CHECK(has(project, "returns: examples/returns\n"));
  CHECK(has(project, "  dashboard: out/dashboard.xlsx\n"));
  CHECK(has(project, "  report: out/report.json\n"));
  // validate writes nothing into the source folder, and reads what 'run' would.
  const auto result = run_scdash({"validate"});
  INFO(result.err);
  CHECK(result.exit_status == 0);
  CHECK(has(result.out, "Safer Communities Performance Dashboard 2025/26 Q2: read 96 of 96"));
}
