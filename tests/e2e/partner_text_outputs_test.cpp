// Partner text that XML or JSON cannot carry as it is, in real returns on disk: a control
// character in a CSV cell and in an .xlsx shared string (_x0001_), a literal OOXML escape in a
// CSV cell, and a file name that is not UTF-8. The dashboard's parts stay well-formed, report.json
// stays JSON, and the name is reported.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "e2e/program_and_sheets.hpp"
#include "support/output_checks.hpp"
#include "support/zip_builder.hpp"
#include "support/zip_reader.hpp"

using namespace scdash;
using testing::has;
using testing::kSource;
using testing::read_file;
using testing::write_file;
namespace fs = std::filesystem;

namespace {

const fs::path kQuarter = kSource / "examples/returns/2025-26-Q2";

// `text` with its first `from` replaced by `to`.
std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

// The workbook at `path` with `from` replaced by `to` in its shared strings.
std::string with_shared_string(const fs::path& path, const std::string& from,
                               const std::string& to) {
  const std::string workbook = read_file(path);
  std::vector<testing::ZipEntry> entries;
  for (const std::string& name : testing::zip_entry_names(workbook)) {
    std::string contents = testing::zip_entry(workbook, name);
    if (name == "xl/sharedStrings.xml") {
      contents = replaced(contents, from, to);
    }
    entries.push_back({name, std::move(contents)});
  }
  return testing::build_zip(entries);
}

// Runs scdash on `returns`, writing into `out`/dashboard.xlsx.
testing::ProgramResult run_on(const fs::path& returns, const fs::path& out) {
  fs::create_directory(out);
  return testing::run_program(testing::scdash_command({"run", returns.string(), "--out",
                                                       (out / "dashboard.xlsx").string()}),
                              kSource);
}

}  // namespace

TEST_CASE("control characters in returns leave the outputs well-formed") {
  const testing::TemporaryFolder work;
  const fs::path returns = work.path() / "returns";
  fs::copy(kQuarter, returns);
  const fs::path iom = returns / "iom-cohort-2025-26-Q2.csv";
  write_file(iom, replaced(replaced(read_file(iom), ",39.6\n", ",39.6\x01\n"), ",40.5\n",
                           ",40.5_x0007_\n"));
  const fs::path marac = returns / "marac-2025-26-Q2.xlsx";
  write_file(marac,
             with_shared_string(marac, "<t>Repeat cases</t>", "<t>Repeat_x0001_referrals</t>"));
  const auto result = run_on(returns, work.path() / "out");
  INFO(result.err);
  REQUIRE(result.exit_status <= 1);
  CHECK(has(result.err, "39.6\\x01"));
  CHECK(has(result.err, "Repeat\\x01referrals"));
  const std::string dashboard = read_file(work.path() / "out/dashboard.xlsx");
  CHECK(testing::malformed_workbook_parts(dashboard).empty());
  // A literal OOXML escape stays literal: Excel would read "_x0007_" as the character.
  CHECK(has(testing::zip_entry(dashboard, "xl/sharedStrings.xml"), "40.5_x005F_x0007_"));
  const std::string report = read_file(work.path() / "out/report.json");
  CHECK(testing::json_problem(report) == std::nullopt);
  CHECK(has(report, "39.6\\u0001"));
}

// A POSIX file name is bytes, which need not be UTF-8; a Windows name is always text.
TEST_CASE("a return whose name is not UTF-8 is named with replacement characters", "[posix]") {
  const testing::TemporaryFolder work;
  const fs::path returns = work.path() / "returns";
  fs::copy(kQuarter, returns);
  fs::rename(returns / "resident-survey-2025-26-Q2.csv",
             returns / "resident-survey-2025-26-Q2\xff\xfe.csv");
  const auto result = run_on(returns, work.path() / "out");
  INFO(result.err);
  REQUIRE(result.exit_status <= 1);
  CHECK(has(result.err,
            "resident-survey-2025-26-Q2\xef\xbf\xbd\xef\xbf\xbd.csv: warning: its "
            "name holds control characters or bytes that are not UTF-8 text"));
  CHECK(testing::malformed_workbook_parts(read_file(work.path() / "out/dashboard.xlsx")).empty());
  const std::string report = read_file(work.path() / "out/report.json");
  CHECK(testing::json_problem(report) == std::nullopt);
  CHECK(has(report, "resident-survey-2025-26-Q2\xef\xbf\xbd\xef\xbf\xbd.csv"));
}
