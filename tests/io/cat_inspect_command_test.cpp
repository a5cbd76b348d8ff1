// `scdash cat` and `scdash inspect` as a user runs them: their output on a fixture, and their
// exit statuses (0 read, 2 usage, 3 unreadable file).
#include <catch2/catch.hpp>

#include "support/run_program.hpp"

using scdash::testing::run_program;

namespace {

const std::string kFixtures = std::string(SCDASH_SOURCE_DIR) + "/tests/io/fixtures/";

}  // namespace

TEST_CASE("cat prints every non-empty cell of a sheet as one JSON line") {
  const auto result =
      run_program({SCDASH_EXE, "cat", kFixtures + "libreoffice_return.xlsx", "--sheet", "3"});
  CHECK(result.exit_status == 0);
  CHECK(result.out == "{\"sheet\":\"Secret\",\"cell\":\"B2\",\"type\":\"number\",\"value\":42}\n");
  CHECK(result.err.empty());
}

TEST_CASE("cat --format csv writes the same records as CSV, and notes go to standard error") {
  const auto result = run_program({SCDASH_EXE, "cat", kFixtures + "openpyxl_return.xlsx", "--sheet",
                                   "Returns", "--format", "csv"});
  CHECK(result.exit_status == 0);
  CHECK_THAT(result.out, Catch::StartsWith("sheet,cell,type,value\nReturns,A1,string,Area\n"));
  CHECK_THAT(result.out, Catch::Contains("Returns,D3,date,2025-08-31T18:45:00\n"));
  CHECK_THAT(result.out, Catch::Contains("Returns,I3,string,\"two\nlines\"\n"));
  CHECK_THAT(result.err, Catch::Contains("Returns!H2: warning:"));
}

TEST_CASE("cat and inspect exit 2 for bad usage and 3 for a file they cannot read") {
  CHECK(run_program({SCDASH_EXE, "cat"}).exit_status == 2);
  CHECK(run_program({SCDASH_EXE, "cat", kFixtures + "utf8_bom_comma.csv", "--format", "xml"})
            .exit_status == 2);
  CHECK(run_program({SCDASH_EXE, "cat", kFixtures + "utf8_bom_comma.csv", "--sheet", "9"})
            .exit_status == 2);
  CHECK(run_program({SCDASH_EXE, "inspect", "--rows", "many", kFixtures + "utf8_bom_comma.csv"})
            .exit_status == 2);
  const auto missing = run_program({SCDASH_EXE, "inspect", kFixtures + "no-such-file.xlsx"});
  CHECK(missing.exit_status == 3);
  CHECK_THAT(missing.err, Catch::Contains("[file-unreadable]"));
  const auto cut = run_program({SCDASH_EXE, "cat", kFixtures + "tab_unterminated.tsv"});
  CHECK(cut.exit_status == 3);
  CHECK_THAT(cut.err, Catch::Contains("[csv-unterminated-quote]"));
  for (const char* command : {"cat", "inspect"}) {
    const auto help = run_program({SCDASH_EXE, command, "--help"});
    CHECK(help.exit_status == 0);
    CHECK_THAT(help.out, Catch::Contains(std::string("usage: scdash ") + command) &&
                             Catch::Contains("example"));
  }
}

TEST_CASE("inspect shows each sheet's visibility, used range, merged ranges and first rows") {
  const auto result =
      run_program({SCDASH_EXE, "inspect", kFixtures + "libreoffice_return.xlsx", "--rows", "2"});
  CHECK(result.exit_status == 0);
  CHECK_THAT(result.out, Catch::Contains("sheet 1: Returns (visible)\n"
                                         "  used range: A1:I5 (28 cells)\n"
                                         "  merged: A5:C5\n"
                                         "  first 2 rows:\n"));
  CHECK_THAT(result.out, Catch::Contains("2    Hinckley & Bosworth  123     4.56  2025-09-30"));
  CHECK_THAT(result.out, Catch::Contains("sheet 2: Lookups (hidden)\n  used range: A1 (1 cell)\n"));
}

TEST_CASE("cat and inspect read an .xls as they read an .xlsx") {
  const auto cat = run_program({SCDASH_EXE, "cat", kFixtures + "libreoffice_return.xls"});
  CHECK(cat.exit_status == 0);
  CHECK_THAT(
      cat.out,
      Catch::Contains("{\"sheet\":\"Returns\",\"cell\":\"E2\",\"type\":\"bool\",\"value\":true}\n"
                      "{\"sheet\":\"Returns\",\"cell\":\"F2\",\"type\":\"error\",\"value\":"
                      "\"#N/A\"}\n"));
  CHECK(cat.err.empty());
  const auto inspect =
      run_program({SCDASH_EXE, "inspect", kFixtures + "libreoffice_return.xls", "--rows", "0"});
  CHECK(inspect.exit_status == 0);
  CHECK_THAT(inspect.out, Catch::Contains("sheet 1: Returns (visible)\n"
                                          "  used range: A1:I5 (28 cells)\n"
                                          "  merged: A5:C5\n"));
  CHECK_THAT(inspect.out, Catch::Contains("sheet 2: Lookups (hidden)\n"));
}
