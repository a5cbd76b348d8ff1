// The folders a run is given stay as they were: no output lands over an input, and a link in the
// returns folder never leads scdash to read a file outside it.
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>
#include <string>

#include "e2e/program_and_sheets.hpp"
#include "scdash/core/sha256.hpp"

using namespace scdash;
using testing::has;
using testing::kSource;
using testing::read_file;
using testing::run_program;
using testing::TemporaryFolder;
namespace fs = std::filesystem;

namespace {

constexpr int kUsageError = 2;
const fs::path kQuarter = kSource / "examples/returns/2025-26-Q2";
const std::string kPoliceReturn = "police-recorded-crime-2025-26-Q2.xlsx";

// A working folder with a copy of one quarter's returns in `returns`.
class Work {
 public:
  Work() { fs::copy(kQuarter, returns()); }

  fs::path path() const { return folder_.path(); }
  fs::path returns() const { return folder_.path() / "returns"; }

  // `scdash ARGUMENTS...`, run in the source folder.
  testing::ProgramResult scdash(std::vector<std::string> arguments) const {
    return run_program(testing::scdash_command(arguments), kSource);
  }

 private:
  TemporaryFolder folder_;
};

}  // namespace

TEST_CASE("an output inside the returns folder is refused before anything is read") {
  const Work work;
  const fs::path police = work.returns() / kPoliceReturn;
  const std::string before = read_file(police);
  // The dashboard named as a return: the run must not replace it, nor read anything.
  const auto result = work.scdash({"run", work.returns().string(), "--out", police.string(),
                                   "--report", (work.path() / "report.json").string()});
  INFO(result.err);
  CHECK(result.exit_status == kUsageError);
  CHECK(has(result.err, kPoliceReturn +
                            ": error: the dashboard would be written inside the "
                            "returns folder '" +
                            work.returns().generic_string() +
                            "', over the files scdash reads [output-over-input]"));
  CHECK(has(result.err, "nothing was read or written"));
  CHECK_FALSE(has(result.err, "reading"));
  CHECK(read_file(police) == before);
  CHECK_FALSE(fs::exists(work.path() / "report.json"));
}

TEST_CASE("an output inside the mappings folder, or reached through a link, is refused") {
  const Work work;
  fs::create_directory_symlink(work.returns(), work.path() / "also-returns");
  for (const auto& out : {(kSource / "mappings/dashboard.xlsx").string(),
                          (work.path() / "also-returns/dashboard.xlsx").string()}) {
    INFO(out);
    const auto result = work.scdash({"run", work.returns().string(), "--out", out, "--report",
                                     (work.path() / "report.json").string()});
    CHECK(result.exit_status == kUsageError);
    CHECK(has(result.err, "[output-over-input]"));
    CHECK_FALSE(fs::exists(out));
  }
}

TEST_CASE("a report named as the dashboard itself is refused, and nothing is written") {
  const Work work;
  const std::string out = (work.path() / "dashboard.xlsx").string();
  const auto result =
      work.scdash({"run", work.returns().string(), "--out", out, "--report", out, "--json"});
  CHECK(result.exit_status == kUsageError);
  CHECK(has(result.out, "\"outputs-same-path\""));
  CHECK(has(result.out, "the dashboard and report.json are both to be written here"));
  CHECK_FALSE(fs::exists(out));
}

TEST_CASE("links out of the returns folder, or to folders, are reported and not followed") {
  const Work work;
  // A private file named like a return a mapping reads, and a link back up to the working
  // folder (which holds the returns folder: walking it would never end).
  const fs::path secret = work.path() / "secret.csv";
  testing::write_file(secret, "Measure,District,Count\nsecret,Blaby,1\n");
  const std::string secret_sha = core::sha256_hex(read_file(secret));
  fs::create_symlink(secret, work.returns() / "police-crime-records-extra.csv");
  fs::create_directory_symlink(work.path(), work.returns() / "up");
  // A link inside the folder to the folder itself, named as a quarter's folder: read, it would
  // give every return twice, the second time as that quarter's.
  fs::create_directory_symlink(work.returns(), work.returns() / "2025-26-Q3");
  const std::string out = (work.path() / "out/dashboard.xlsx").string();
  fs::create_directories(work.path() / "out");
  const auto result = work.scdash({"run", work.returns().string(), "--out", out, "--verbose"});
  INFO(result.err);
  CHECK(result.exit_status == 0);
  // Where the links lead, as the system names it: "Z:/tmp/..." for Wine's scdash.exe.
  const auto leads_to = [](const fs::path& path) {
    return std::regex("is a link to (the folder )?([A-Z]:)?" + path.generic_string() + ", ");
  };
  CHECK(has(result.err, "returns/police-crime-records-extra.csv: warning: is a link to "));
  CHECK(std::regex_search(result.err, leads_to(secret)));
  CHECK(has(result.err,
            "secret.csv, outside the returns folder, so it is not read [return-outside-folder]"));
  CHECK(has(result.err, "returns/up: warning: is a link to "));
  CHECK(std::regex_search(result.err, leads_to(work.path())));
  CHECK(has(result.err, "returns/2025-26-Q3: warning: is a link to the folder "));
  CHECK(std::regex_search(result.err, leads_to(work.returns())));
  CHECK(has(result.err,
            "returns, and links to folders are not read, so that no return is read twice "
            "[return-folder-link]"));
  CHECK_FALSE(has(result.err, "file-unaccounted"));
  CHECK_FALSE(has(result.err, "return-removed"));
  const std::string report = read_file(work.path() / "out/report.json");
  CHECK_FALSE(has(report, secret_sha));
  CHECK(has(result.out, "2025/26 Q2: read 12 of 15 file(s) in the folder, 3 reported"));
}
