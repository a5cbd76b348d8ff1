// Output that respects its reader: --quiet, --verbose and --json; colour and a progress line
// only on a terminal, and no colour with NO_COLOR.
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>
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

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t found = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
    ++found;
  }
  return found;
}

// How many diagnostics of a severity the text lists ("...: warning: ... [code]").
std::size_t diagnostics(const std::string& text, const std::string& severity) {
  return count(text, ": " + severity + ": ");
}

// The example 2025/26 Q2 returns, with one figure that is not a number: an error.
struct ReturnsWithAnError {
  ReturnsWithAnError() {
    fs::copy(kSource / "examples/returns/2025-26-Q2", returns, fs::copy_options::recursive);
    const fs::path csv = returns / "iom-cohort-2025-26-Q2.csv";
    std::string text = testing::read_file(csv);
    const auto cohort = text.find(",124,");  // Q3 2023/24's cohort size
    REQUIRE(cohort != std::string::npos);
    text.replace(cohort, 5, ",x24,");
    testing::write_file(csv, text);
  }
  TemporaryFolder work;
  fs::path returns = work.path() / "returns";
};

// Runs scdash with a terminal as its standard output and error (util-linux's script), so that
// what only a terminal gets can be seen; `environment` is set first ("NO_COLOR=1").
testing::ProgramResult on_terminal(const std::string& arguments, const std::string& environment) {
  return run_program(
      {"script", "-qec", "env " + environment + " " + SCDASH_EXE + " " + arguments, "/dev/null"},
      kSource);
}

const std::regex kColour("\x1b\\[[0-9;]*m");

}  // namespace

TEST_CASE("by default errors and warnings are listed, and the infos counted") {
  const auto result = run_scdash({"validate", "examples/returns"});
  CHECK(result.exit_status == 0);
  CHECK(diagnostics(result.err, "warning") > 0);
  CHECK(diagnostics(result.err, "info") == 0);
  CHECK(std::regex_search(result.err, std::regex("scdash: [1-9][0-9]* info\\(s\\) not shown; "
                                                 "--verbose lists them")));
  CHECK(has(result.out, "2025/26 Q2: read 96 of 96 file(s)"));
}

TEST_CASE(
    "with --verbose every diagnostic is listed, infos included, and the time each stage took") {
  const auto normal = run_scdash({"validate", "examples/returns"});
  const auto verbose = run_scdash({"validate", "examples/returns", "--verbose"});
  CHECK(verbose.exit_status == 0);
  CHECK(diagnostics(verbose.err, "info") > 0);
  CHECK(has(verbose.err, "[figure-revised]"));
  CHECK(diagnostics(verbose.err, "warning") == diagnostics(normal.err, "warning"));
  CHECK_FALSE(has(verbose.err, "not shown"));
  CHECK(std::regex_search(verbose.err,
                          std::regex("timings: configuration [0-9.]+ s, reading [0-9.]+ s, "
                                     "validation [0-9.]+ s, computation [0-9.]+ s; total")));
  CHECK(verbose.out == normal.out);

  TemporaryFolder out;
  const auto run = run_scdash(
      {"run", "examples/returns", "--out", (out.path() / "dashboard.xlsx").string(), "-v"});
  CHECK(std::regex_search(
      run.err, std::regex("computation [0-9.]+ s, rendering [0-9.]+ s, writing [0-9.]+ s; total")));
}

TEST_CASE("with --quiet only errors are printed, and nothing at all on success") {
  TemporaryFolder out;
  const auto success = run_scdash(
      {"run", "examples/returns", "--out", (out.path() / "dashboard.xlsx").string(), "--quiet"});
  CHECK(success.exit_status == 0);
  CHECK(success.out.empty());
  CHECK(success.err.empty());
  CHECK(fs::exists(out.path() / "dashboard.xlsx"));
  CHECK(run_scdash({"validate", "examples/returns", "-q"}).err.empty());
  const auto mapped = run_scdash(
      {"map", "examples/returns/2025-26-Q2/police-recorded-crime-2025-26-Q2.xlsx", "--quiet"});
  CHECK(mapped.exit_status == 0);
  CHECK(mapped.out.empty());
  CHECK(mapped.err.empty());

  const ReturnsWithAnError returns;
  const auto normal = run_scdash({"validate", returns.returns.string()});
  const auto quiet = run_scdash({"validate", returns.returns.string(), "--quiet"});
  INFO(normal.err);
  CHECK(quiet.exit_status == 1);
  CHECK(normal.exit_status == 1);
  CHECK(diagnostics(quiet.err, "error") > 0);
  CHECK(diagnostics(quiet.err, "error") == diagnostics(normal.err, "error"));
  CHECK(diagnostics(quiet.err, "warning") == 0);
  CHECK(diagnostics(normal.err, "warning") > 0);
  CHECK(quiet.out.empty());

  // watch passes --quiet to each run, and says nothing of its own either.
  TemporaryFolder watched;
  fs::create_directories(watched.path() / "returns");
  fs::copy(kSource / "examples/returns/2025-26-Q1", watched.path() / "returns/2025-26-Q1",
           fs::copy_options::recursive);
  const auto watching = testing::run_scdash_script(watched.path(), R"(
"$@" watch "$WORK/returns" --out "$WORK/dashboard.xlsx" --settle 0.3 --max-runs 2 -q &
watcher=$!
# The new quarter arrives once the first run has written its outputs: copied while that run
# reads (slow under the sanitizers), it would be a return changing while read, an error.
tries=0
while [ ! -e "$WORK/report.json" ] && [ $tries -lt 600 ]; do sleep 0.1; tries=$((tries + 1)); done
cp -r "$RETURNS/2025-26-Q2" "$WORK/returns/"
wait $watcher
)");
  CHECK(watching.exit_status == 0);
  CHECK(watching.out.empty());
  CHECK(watching.err.empty());
  CHECK(has(testing::read_file(watched.path() / "report.json"), "2025/26 Q2"));

  const auto both = run_scdash({"validate", "examples/returns", "--quiet", "--verbose"});
  CHECK(both.exit_status == 2);
  CHECK(has(both.err, "--quiet and --verbose cannot be given together"));
}

TEST_CASE("with --json the summary figures and every diagnostic are one JSON document") {
  const ReturnsWithAnError returns;
  const auto json = run_scdash({"validate", returns.returns.string(), "--json"});
  const auto text = run_scdash({"validate", returns.returns.string(), "--verbose"});
  CHECK(json.exit_status == 1);
  CHECK(json.err.empty());  // every diagnostic is in the document, none on standard error
  CHECK(json.out.front() == '{');
  CHECK(json.out.ends_with("}\n"));
  CHECK(has(json.out, "\"command\": \"validate\""));
  CHECK(has(json.out, "\"exit_status\": 1"));
  CHECK(has(json.out, "\"quarter\": \"2025/26 Q2\""));
  CHECK(has(json.out, "\"in_folder\": 12"));
  CHECK(has(json.out, "\"written\": []"));
  // Every diagnostic the text lists, infos included.
  for (const std::string severity : {"error", "warning", "info"}) {
    INFO(severity);
    CHECK(count(json.out, "\"severity\": \"" + severity + "\"") == diagnostics(text.err, severity));
  }
  CHECK(has(json.out, "\"errors\": " + std::to_string(diagnostics(text.err, "error")) + ",\n"));
  CHECK(has(json.out, "\"code\": \"value-not-number\""));

  TemporaryFolder out;
  const auto run = run_scdash(
      {"run", "examples/returns", "--out", (out.path() / "dashboard.xlsx").string(), "--json"});
  CHECK(run.exit_status == 0);
  CHECK(has(run.out, "\"command\": \"run\""));
  CHECK(has(run.out, "\"written\": [\n"));
  // The report's path: its folder's, then "/report.json", or on Windows "\\report.json".
  CHECK(has(run.out, out.path().string()));
  CHECK(has(run.out, "report.json\""));
  CHECK_FALSE(has(run.out, "wrote "));
  // The cell account has report.json's shape, written by the same function.
  const std::string report = testing::read_file(out.path() / "report.json");
  const auto cells = run.out.find("\"cells\": {");
  REQUIRE(cells != std::string::npos);
  const std::string account = run.out.substr(cells, run.out.find('}', cells) - cells + 1);
  CHECK(has(account, "\"left_out_by_where\": 73073"));
  const auto without_spaces = [](std::string json_text) {
    std::erase_if(json_text, [](char c) { return c == ' ' || c == '\n'; });
    return json_text;
  };
  CHECK(has(without_spaces(report),
            without_spaces(account).substr(std::string("\"cells\":").size())));

  // A run that stops early still gives its document, with the configuration's diagnostics.
  TemporaryFolder broken;
  testing::write_file(broken.path() / "dashboard.yaml", "outcomes: 42\n");
  const auto stopped =
      run_scdash({"validate", "examples/returns", "--json", "--template", broken.path().string()});
  CHECK(stopped.exit_status == 2);
  CHECK(has(stopped.out, "\"summary\": null"));
  CHECK(has(stopped.out, "\"severity\": \"error\""));
}

TEST_CASE("with --json a quarter that is not one still gives the document, with its status") {
  for (const std::string command : {"run", "validate"}) {
    INFO(command);
    const auto result =
        run_scdash({command, "examples/returns", "--json", "--period", "2025/26-Q7"});
    CHECK(result.exit_status == 2);
    CHECK(has(result.err, "'2025/26-Q7' is not a financial quarter"));
    CHECK(result.out.front() == '{');
    CHECK(has(result.out, "\"exit_status\": 2"));
    CHECK(has(result.out, "\"summary\": null"));
  }
}

TEST_CASE("colour and the progress line only on a terminal, and no colour with NO_COLOR",
          "[posix]") {
  // Not a terminal: plain text, no progress line.
  const auto plain = run_scdash({"validate", "examples/returns"});
  CHECK_FALSE(has(plain.err, "\x1b["));
  CHECK_FALSE(has(plain.err, "reading 1 of"));

  if (run_program({"sh", "-c", "command -v script"}).exit_status != 0) {
    WARN("util-linux's script is not installed: the terminal's output cannot be seen");
    return;
  }
  const auto terminal = on_terminal("validate examples/returns", "NO_COLOR=");
  CHECK(terminal.exit_status == 0);
  CHECK(has(terminal.out, "\x1b[1;35mwarning\x1b[0m: "));
  // One progress line per return, each redrawn over the last and erased when done.
  CHECK(has(terminal.out, "\r\x1b[Kreading 1 of 96: returns/2023-24-Q3/"));
  CHECK(has(terminal.out, "\r\x1b[Kreading 96 of 96: returns/2025-26-Q2/"));
  CHECK(count(terminal.out, "\r\x1b[Kreading ") == 96);

  const auto no_colour = on_terminal("validate examples/returns", "NO_COLOR=1");
  CHECK(no_colour.exit_status == 0);
  CHECK_FALSE(std::regex_search(no_colour.out, kColour));
  CHECK(has(no_colour.out, ": warning: "));
  CHECK(has(no_colour.out, "reading 96 of 96"));  // the progress line is not colour

  const auto quiet = on_terminal("validate examples/returns --quiet", "NO_COLOR=");
  CHECK(quiet.exit_status == 0);
  CHECK(quiet.out.empty());
}

TEST_CASE("a return named to forge lines or colours is shown escaped, one diagnostic a line") {
  TemporaryFolder folder;
  fs::create_directories(folder.path() / "returns");
  fs::copy(kSource / "examples/returns/2025-26-Q2/marac-2025-26-Q2.xlsx",
           folder.path() / "returns/marac-2025-26-Q2.xlsx");
  // A name holding a line break, a colour escape and a C1 control (U+009B, a CSI of its own).
  const std::string forged = "x.csv\nreturns-a.xlsx: error: forged \x1b[32mgreen\xC2\x9B.csv";
  testing::write_file(folder.path() / "returns" / forged, "not a return");
  REQUIRE(fs::exists(folder.path() / "returns" / forged));
  for (const std::vector<std::string>& command :
       {std::vector<std::string>{"validate", (folder.path() / "returns").string()},
        std::vector<std::string>{"run", (folder.path() / "returns").string(), "--out",
                                 (folder.path() / "dashboard.xlsx").string()}}) {
    INFO(command[0]);
    const auto result = run_scdash(command);
    const auto& err = result.err;
    CHECK(err.find('\x1b') == std::string::npos);
    CHECK(err.find("\xC2\x9B") == std::string::npos);
    CHECK_FALSE(has(err, "\nreturns-a.xlsx: error: forged"));
    CHECK(has(err, "x.csv\\nreturns-a.xlsx: error: forged \\x1b[32mgreen\\u009b.csv"));
  }
}
