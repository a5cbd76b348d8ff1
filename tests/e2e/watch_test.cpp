// scdash watch: a rerun when returns arrive, once they have settled; Ctrl-C ends it cleanly.
#include <catch2/catch.hpp>

#include <filesystem>

#include "e2e/program_and_sheets.hpp"
#include "scdash/core/sha256.hpp"

using namespace scdash;
using testing::kSource;
using testing::run_program;
using testing::TemporaryFolder;
namespace fs = std::filesystem;

namespace {

// Makes `work`/returns, holding the example returns of one quarter's folder.
void copy_quarter(const fs::path& work, const std::string& quarter) {
  fs::create_directories(work / "returns");
  fs::copy(kSource / "examples/returns" / quarter, work / "returns" / quarter,
           fs::copy_options::recursive);
}

}  // namespace

TEST_CASE("watch reruns when a quarter's returns arrive, and stops after --max-runs") {
  TemporaryFolder work;
  copy_quarter(work.path(), "2025-26-Q1");
  const auto result = testing::run_scdash_script(work.path(), R"(
"$@" watch "$WORK/returns" --out "$WORK/dashboard.xlsx" --settle 0.5 --max-runs 2 &
watcher=$!
# The new quarter arrives once the first run has written its outputs: copied while that run
# reads (slow under the sanitizers or Wine), it would be a return changing while read.
tries=0
while [ ! -e "$WORK/report.json" ] && [ $tries -lt 600 ]; do sleep 0.1; tries=$((tries + 1)); done
cp -r "$RETURNS/2025-26-Q2" "$WORK/returns/"
wait $watcher
)");
  INFO(result.err);
  CHECK(result.exit_status == 0);
  const auto first = result.out.find("2025/26 Q1: read 12 of 12 file(s)");
  const auto watching = result.out.find("watching ");
  const auto second = result.out.find("2025/26 Q2: read 24 of 24 file(s)");
  CHECK(first != std::string::npos);
  CHECK(watching > first);
  CHECK(second != std::string::npos);
  CHECK(second > watching);
}

TEST_CASE("Ctrl-C ends watch cleanly, with the last run's status") {
  TemporaryFolder work;
  copy_quarter(work.path(), "2025-26-Q2");
  const auto result = testing::run_scdash_script(work.path(), R"(
"$@" watch "$WORK/returns" --out "$WORK/dashboard.xlsx" --settle 0.3 &
watcher=$!
sleep 2
kill -INT $watcher
wait $watcher
)");
  INFO(result.err);
  CHECK(result.exit_status == 0);
  CHECK(result.out.find("stopped") != std::string::npos);
  CHECK(fs::exists(work.path() / "dashboard.xlsx"));
}

TEST_CASE("watch refuses a missing folder and wrong options") {
  // No RETURNS_DIR, and no project file to name one (the source folder has one).
  using testing::scdash_command;
  CHECK(run_program(scdash_command({"watch"}), TemporaryFolder().path()).exit_status == 2);
  CHECK(run_program(scdash_command({"watch", "/no/such/folder"})).exit_status == 3);
  CHECK(run_program(scdash_command({"watch", "examples/returns", "--max-runs", "0"}), kSource)
            .exit_status == 2);
  CHECK(
      run_program(scdash_command({"watch", "examples/returns", "--period", "2025/26-Q7"}), kSource)
          .exit_status == 2);
  CHECK(run_program(scdash_command({"watch", "--help"})).exit_status == 0);
}

TEST_CASE("watch refuses outputs inside the folder it watches, before the first run reads") {
  TemporaryFolder work;
  copy_quarter(work.path(), "2025-26-Q1");
  // --out=FILE in one word, and through a second name for the folder.
  fs::create_directory_symlink(work.path() / "returns", work.path() / "same-returns");
  const auto result = testing::run_scdash_script(work.path(), R"(
exec "$@" watch "$WORK/returns" --out="$WORK/same-returns/dashboard.xlsx" --settle 0.3
)");
  INFO(result.out << result.err);
  CHECK(result.exit_status == 2);
  CHECK(result.err.find("[output-over-input]") != std::string::npos);
  CHECK_FALSE(fs::exists(work.path() / "returns/dashboard.xlsx"));
}

TEST_CASE("watch's first run waits for a return still being copied in, and reads it whole") {
  TemporaryFolder work;
  copy_quarter(work.path(), "2025-26-Q1");
  // The police extract arrives in two parts, the second after watch has started.
  const auto result = testing::run_scdash_script(work.path(), R"(
police="$WORK/returns/2025-26-Q1/police-crime-records-2025-26-Q1.csv"
mv "$police" "$WORK/whole.csv"
head -c 300 "$WORK/whole.csv" > "$police"
"$@" watch "$WORK/returns" --out "$WORK/dashboard.xlsx" --settle 1.5 --max-runs 1 &
watcher=$!
sleep 0.5
tail -c +301 "$WORK/whole.csv" >> "$police"
wait $watcher
)");
  INFO(result.out << result.err);
  CHECK(result.exit_status == 0);
  const std::string whole = core::sha256_hex(testing::read_file(work.path() / "whole.csv"));
  CHECK(testing::read_file(work.path() / "report.json").find(whole) != std::string::npos);
}
