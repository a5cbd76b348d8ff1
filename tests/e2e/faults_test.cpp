// Faults of the machine, not of the data: an output that cannot be written, a full disk, a
// return that vanished while scdash ran, a missing mappings folder. Each gives a clear message
// and exit status 3, and leaves the previous dashboard and report exactly as they were.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "e2e/program_and_sheets.hpp"

using namespace scdash;
using testing::kSource;
using testing::ProgramResult;
using testing::read_file;
using testing::run_program;
using testing::TemporaryFolder;
namespace fs = std::filesystem;

namespace {

constexpr int kInputOutputError = 3;
const fs::path kQuarter = kSource / "examples/returns/2025-26-Q2";

// A working folder holding a copy of one quarter's returns and an output folder with the
// dashboard and report of a successful run in it, to be kept intact by the failing runs.
class Work {
 public:
  Work() {
    fs::copy(kQuarter, returns());
    fs::create_directories(output());
    // Readable by all, so that the run as an unprivileged user below can read the returns.
    fs::permissions(folder_.path(), fs::perms::owner_all | fs::perms::group_read |
                                        fs::perms::group_exec | fs::perms::others_read |
                                        fs::perms::others_exec);
    const ProgramResult first = run({});
    INFO(first.err);
    REQUIRE(first.exit_status <= 1);
    outputs_ = outputs();
    // The dashboard and its report, and the board report the repository's project file asks for.
    REQUIRE(outputs_.count("dashboard.xlsx") == 1);
    REQUIRE(outputs_.count("report.json") == 1);
  }

  fs::path returns() const { return folder_.path() / "returns"; }
  fs::path output() const { return folder_.path() / "out"; }

  // `scdash run` on the returns, writing into the output folder; `prefix` runs it under
  // another program (a shell with limits, or as another user).
  ProgramResult run(const std::vector<std::string>& prefix,
                    const std::vector<std::string>& options = {}) const {
    std::vector<std::string> command = prefix;
    std::vector<std::string> arguments = {"run", returns().string(), "--out",
                                          (output() / "dashboard.xlsx").string()};
    arguments.insert(arguments.end(), options.begin(), options.end());
    const auto scdash = testing::scdash_command(arguments);
    command.insert(command.end(), scdash.begin(), scdash.end());
    return run_program(command, kSource);
  }

  // The previous outputs are unchanged and nothing else (a temporary file) is beside them.
  void check_previous_outputs_intact() const { CHECK(outputs() == outputs_); }

 private:
  // Each file in the output folder, by name, with its bytes.
  std::map<std::string, std::string> outputs() const {
    std::map<std::string, std::string> files;
    for (const auto& entry : fs::directory_iterator(output())) {
      files[entry.path().filename().string()] = read_file(entry.path());
    }
    return files;
  }

  TemporaryFolder folder_;
  std::map<std::string, std::string> outputs_;
};

}  // namespace

TEST_CASE("an output folder that cannot be written is named, and nothing in it changes",
          "[posix]") {
  const Work work;
  fs::permissions(work.output(),
                  fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write,
                  fs::perm_options::remove);
  // Permissions do not bind the superuser (as CI runs), so the run drops to user "nobody".
  const std::vector<std::string> as_unprivileged_user =
      ::geteuid() == 0 ? std::vector<std::string>{"/usr/bin/setpriv", "--reuid=65534",
                                                  "--regid=65534", "--clear-groups"}
                       : std::vector<std::string>{};
  const ProgramResult result = work.run(as_unprivileged_user);
  INFO(result.err);
  CHECK(result.exit_status == kInputOutputError);
  CHECK_THAT(result.err, Catch::Matchers::Contains(
                             (work.output() / "dashboard.xlsx").string() +
                             ": error: cannot be written: Permission denied; nothing was written"));
  fs::permissions(work.output(), fs::perms::owner_write, fs::perm_options::add);
  work.check_previous_outputs_intact();
}

TEST_CASE("a full disk while writing leaves the previous dashboard and report as they were",
          "[posix]") {
  const Work work;
  // 200 KiB: the new dashboard (about 50 KB) fits, its report.json (over 500 KB) does not; the
  // dashboard is still not replaced, because the two are written together or not at all.
  const ProgramResult result = work.run({"/bin/bash", "-c", "ulimit -f 200; exec \"$@\"", "-"});
  INFO(result.err);
  CHECK(result.exit_status == kInputOutputError);
  CHECK_THAT(result.err, Catch::Matchers::Contains("report.json: error: cannot be written: File "
                                                   "too large; nothing was written"));
  work.check_previous_outputs_intact();
}

TEST_CASE("a temporary folder that does not exist stops the run with its reason, not a crash",
          "[posix]") {
  const Work work;
  for (const std::vector<std::string>& options :
       {std::vector<std::string>{}, std::vector<std::string>{"--pdf"}}) {
    const ProgramResult result = work.run(
        {"/usr/bin/env", "TMPDIR=" + (work.output() / "no-such-folder").string()}, options);
    INFO(result.err);
    CHECK(result.exit_status == kInputOutputError);
    CHECK_THAT(result.err, Catch::Matchers::Contains(
                               "cannot make the dashboard: the system's temporary folder (TMPDIR) "
                               "cannot be used: No such file or directory; nothing was written"));
    work.check_previous_outputs_intact();
  }
}

TEST_CASE("a folder in the place of an output is refused before any output is replaced") {
  const Work work;
  SECTION("in the dashboard's place") {
    fs::remove(work.output() / "dashboard.xlsx");
    fs::create_directory(work.output() / "dashboard.xlsx");
    const ProgramResult result = work.run({});
    CHECK(result.exit_status == kInputOutputError);
    CHECK_THAT(result.err,
               Catch::Matchers::Contains(
                   "dashboard.xlsx: error: cannot be written: a folder is in its place"));
    CHECK(fs::is_directory(work.output() / "dashboard.xlsx"));
    CHECK(read_file(work.output() / "report.json").size() > 0);
  }
  SECTION("in the report's place, which keeps the dashboard from being replaced too") {
    const fs::path report = work.output() / "report.json";
    const std::string previous_report = read_file(report);
    fs::rename(report, work.output() / "report.json.kept");
    fs::create_directory(report);
    const ProgramResult result = work.run({});
    CHECK(result.exit_status == kInputOutputError);
    CHECK_THAT(result.err, Catch::Matchers::Contains(
                               "report.json: error: cannot be written: a folder is in its place"));
    fs::remove(report);
    fs::rename(work.output() / "report.json.kept", report);
    work.check_previous_outputs_intact();
  }
}

TEST_CASE("a return deleted after the folder was listed stops the run before anything is written",
          "[posix]") {
  const Work work;
  // A link to nothing is listed like a file but cannot be opened: a return deleted between
  // the listing and the reading.
  const fs::path police = work.returns() / "police-recorded-crime-2025-26-Q2.xlsx";
  fs::remove(police);
  fs::create_symlink(work.returns() / "deleted.xlsx", police);
  const ProgramResult result = work.run({});
  CHECK(result.exit_status == kInputOutputError);
  CHECK_THAT(result.err,
             Catch::Matchers::Contains("police-recorded-crime-2025-26-Q2.xlsx: error: cannot be "
                                       "opened: No such file or directory [file-unreadable]"));
  CHECK_THAT(result.err, Catch::Matchers::Contains(
                             "1 return(s) could not be read; nothing was written, so the previous "
                             "dashboard is unchanged"));
  work.check_previous_outputs_intact();
}

TEST_CASE("a missing mappings or template folder is an input failure, and nothing is written") {
  const Work work;
  const fs::path missing = work.returns().parent_path() / "missing";
  const auto option = GENERATE(as<std::string>{}, "--mappings", "--template");
  const ProgramResult result = work.run({}, {option, missing.string()});
  INFO(option << ": " << result.err);
  CHECK(result.exit_status == kInputOutputError);
  CHECK_THAT(result.err, Catch::Matchers::Contains(missing.string()));
  CHECK_THAT(result.err, Catch::Matchers::Contains("No such file or directory"));
  work.check_previous_outputs_intact();
}

TEST_CASE("runs killed while they write leave no temporary file beside the outputs", "[posix]") {
  const Work work;
  // Killed at moments spread over a run's length, some of them while it writes.
  for (int tenths_of_run = 0; tenths_of_run < 16; ++tenths_of_run) {
    const std::string delay = fmt::format("0.{:02}", tenths_of_run * 3);
    const ProgramResult killed = run_program(
        {"/bin/sh", "-c",
         "\"$0\" run \"$1\" --out \"$2\" -q & sleep " + delay + "; kill -TERM $!; wait $!",
         SCDASH_EXE, work.returns().string(), (work.output() / "dashboard.xlsx").string()},
        kSource);
    INFO("killed after " << delay << " s: " << killed.err);
    work.check_previous_outputs_intact();
  }
}

TEST_CASE("a run finding another writing into its output folder says so and changes nothing",
          "[posix]") {
  const Work work;
  // flock(1) holds the folder's lock as a run writing there does, from before the run starts
  // until it has ended, however slow a loaded machine (or the sanitizers) make either.
  const ProgramResult result = run_program(
      {"/bin/sh", "-c",
       "flock \"$1\" sh -c 'touch \"$0.held\"; while [ ! -e \"$0.done\" ]; do sleep 0.1; done' "
       "\"$1\" & "
       "while [ ! -e \"$1.held\" ]; do sleep 0.1; done; "
       "\"$0\" run \"$2\" --out \"$1/dashboard.xlsx\"; status=$?; "
       "touch \"$1.done\"; wait; exit $status",
       SCDASH_EXE, work.output().string(), work.returns().string()},
      kSource);
  CHECK(result.exit_status == kInputOutputError);
  CHECK_THAT(result.err, Catch::Matchers::Contains(
                             "error: cannot be written: another scdash run is writing into " +
                             work.output().string() + " and was still doing so after 3 seconds"));
  work.check_previous_outputs_intact();
}
