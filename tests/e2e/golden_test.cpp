// The demo's dashboard part by part against known-good copies, as libxlsxwriter tests its own
// output: every XML part of the workbook that `scdash run` makes from the example returns is
// compared with tests/e2e/golden/dashboard/<part>, one element to a line so that a change reads
// as a diff. After an intended change, scripts/refresh-golden rewrites the copies (it runs this
// test with SCDASH_REFRESH_GOLDEN=1) and `git diff` shows what the change did to the workbook.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "e2e/program_and_sheets.hpp"
#include "support/zip_reader.hpp"

using namespace scdash;
using testing::kSource;
namespace fs = std::filesystem;

namespace {

const fs::path kGolden = kSource / "tests/e2e/golden/dashboard";

// The part with a line break between adjacent tags: the same bytes, readable in a diff.
std::string one_element_a_line(const std::string& part) {
  std::string lines;
  lines.reserve(part.size() + part.size() / 16);
  for (std::size_t i = 0; i < part.size(); ++i) {
    lines += part[i];
    if (part[i] == '>' && i + 1 < part.size() && part[i + 1] == '<') {
      lines += '\n';
    }
  }
  return lines + '\n';
}

// Every file under `folder`, by its path relative to it.
std::vector<std::string> files_under(const fs::path& folder) {
  std::vector<std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    if (entry.is_regular_file()) {
      files.push_back(fs::relative(entry.path(), folder).generic_string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

TEST_CASE("the demo's dashboard matches its golden copy part by part") {
  testing::TemporaryFolder out;
  const auto result = testing::run_scdash(
      {"run", "examples/returns", "--out", (out.path() / "dashboard.xlsx").string()});
  INFO(result.err);
  REQUIRE(result.exit_status == 0);
  const std::string workbook = testing::read_file(out.path() / "dashboard.xlsx");
  std::vector<std::string> parts = testing::zip_entry_names(workbook);
  std::sort(parts.begin(), parts.end());

  if (std::getenv("SCDASH_REFRESH_GOLDEN") != nullptr) {
    fs::remove_all(kGolden);
    for (const auto& part : parts) {
      fs::create_directories((kGolden / part).parent_path());
      testing::write_file(kGolden / part, one_element_a_line(testing::zip_entry(workbook, part)));
    }
    WARN("rewrote " << parts.size() << " parts under " << kGolden.string());
  }
  CHECK(parts == files_under(kGolden));
  for (const auto& part : parts) {
    INFO(part << " differs from its golden copy: if the change is intended, run "
                 "scripts/refresh-golden and read the diff");
    CHECK(one_element_a_line(testing::zip_entry(workbook, part)) ==
          testing::read_file(kGolden / part));
  }
}
