// scdash run --pdf: the Dashboard sheet printed by LibreOffice for the board paper.
#include <catch2/catch.hpp>

#include <filesystem>

#include "e2e/program_and_sheets.hpp"

using namespace scdash;
using testing::kSource;
using testing::run_program;
using testing::TemporaryFolder;
namespace fs = std::filesystem;

namespace {

testing::ProgramResult run_with_path(const std::string& path, const fs::path& out) {
  return run_program({"/usr/bin/env", "PATH=" + path, SCDASH_EXE, "run", "examples/returns",
                      "--out", out.string(), "--pdf"},
                     kSource);
}

}  // namespace

TEST_CASE("without LibreOffice, --pdf says what to install, and the workbook is still written",
          "[posix]") {
  TemporaryFolder work;
  const auto result = run_with_path(work.path().string(), work.path() / "dashboard.xlsx");
  CHECK(result.exit_status == 3);
  CHECK(result.err.find(
            "dashboard.pdf: error: cannot print the dashboard to PDF: LibreOffice is "
            "needed to print the dashboard to PDF, and 'soffice' is neither on the PATH") !=
        std::string::npos);
  CHECK(fs::exists(work.path() / "dashboard.xlsx"));
  CHECK_FALSE(fs::exists(work.path() / "dashboard.pdf"));
}

TEST_CASE("with LibreOffice, --pdf prints the Dashboard sheet alone, on one page, tagged",
          "[posix]") {
  const char* path = std::getenv("PATH");
  if (run_program({"/bin/sh", "-c", "command -v soffice"}).exit_status != 0) {
    SUCCEED("LibreOffice is not installed here; the case above covers its absence");
    return;
  }
  TemporaryFolder work;
  const auto result = run_with_path(path, work.path() / "dashboard.xlsx");
  INFO(result.err);
  CHECK(result.exit_status <= 1);
  const std::string pdf = testing::read_file(work.path() / "dashboard.pdf");
  REQUIRE(pdf.starts_with("%PDF-"));
  // One page: the page tree counts one, as LibreOffice writes it.
  CHECK(pdf.find("/Type/Pages") != std::string::npos);
  CHECK(pdf.find("/Count 1") != std::string::npos);
  CHECK(pdf.find("/Count 2") == std::string::npos);
  // Tagged for screen readers, marked PDF/UA, in the layout's language.
  CHECK(pdf.find("/StructTreeRoot") != std::string::npos);
  CHECK(pdf.find("/Marked true") != std::string::npos);
  CHECK(pdf.find("<pdfuaid:part>1</pdfuaid:part>") != std::string::npos);
  CHECK(pdf.find("/Lang(en-GB)") != std::string::npos);
}
