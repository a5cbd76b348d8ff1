// The same returns give the same bytes: whatever the time zone, the locale, or the order in
// which the returns' files were written to disk.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <vector>

#include "e2e/program_and_sheets.hpp"

using namespace scdash;
using testing::kSource;
using testing::run_program;
using testing::TemporaryFolder;
namespace fs = std::filesystem;

namespace {

struct Outputs {
  std::string dashboard;
  std::string report;
};

// Runs scdash in `work` with the environment `settings`, on `returns`, writing into `work`.
Outputs run_with(const fs::path& work, const fs::path& returns,
                 const std::vector<std::string>& settings) {
  std::vector<std::string> command = {"/usr/bin/env"};
  command.insert(command.end(), settings.begin(), settings.end());
  const auto scdash = testing::scdash_command(
      {"run", returns.string(), "--mappings", (kSource / "mappings").string(), "--template",
       (kSource / "workbook-templates/safer-communities").string(), "--out", "dashboard.xlsx"});
  command.insert(command.end(), scdash.begin(), scdash.end());
  const auto result = run_program(command, work);
  INFO(result.err);
  REQUIRE(result.exit_status <= 1);
  return {testing::read_file(work / "dashboard.xlsx"), testing::read_file(work / "report.json")};
}

// Copies the example returns, writing the files in the given order.
void copy_returns(const fs::path& to, bool reversed) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(kSource / "examples/returns")) {
    if (entry.is_regular_file()) {
      files.push_back(fs::relative(entry.path(), kSource / "examples/returns"));
    }
  }
  std::sort(files.begin(), files.end());
  if (reversed) {
    std::reverse(files.begin(), files.end());
  }
  for (const auto& file : files) {
    fs::create_directories((to / file).parent_path());
    fs::copy_file(kSource / "examples/returns" / file, to / file);
  }
}

}  // namespace

TEST_CASE("time zone, locale and the order files were written in change no byte of the output") {
  TemporaryFolder first;
  TemporaryFolder second;
  copy_returns(first.path() / "returns", false);
  copy_returns(second.path() / "returns", true);
  const Outputs a = run_with(first.path(), first.path() / "returns", {"TZ=UTC", "LC_ALL=C"});
  const Outputs b = run_with(second.path(), second.path() / "returns",
                             {"TZ=Pacific/Kiritimati", "LC_ALL=C.UTF-8", "LANG=de_DE.UTF-8"});
  CHECK(a.dashboard.size() > 1000);
  CHECK(a.dashboard == b.dashboard);
  CHECK(a.report == b.report);
}
