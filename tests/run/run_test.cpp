// The whole job through run(), on a partnership folder held in memory: no process, no disk.
#include <catch2/catch.hpp>

#include <algorithm>

#include <fmt/format.h>

#include "run/run_fixture.hpp"
#include "scdash/core/sha256.hpp"
#include "scdash/run/summary.hpp"
#include "support/describe.hpp"

using namespace scdash;
using testing::RecordingProgress;
using testing::RunFixture;

namespace {

// The sum of a district's crimes over the months from `first` to `last`, counting from Oct 2023.
double crimes(double (*district)(int), int first, int last) {
  double sum = 0;
  for (int month = first; month <= last; ++month) {
    sum += district(month);
  }
  return sum;
}

const kpi::IndicatorResult& only_indicator(const run::RunResult& result) {
  REQUIRE(result.model.outcomes.size() == 1);
  REQUIRE(result.model.outcomes[0].indicators.size() == 1);
  return result.model.outcomes[0].indicators[0];
}

run::RunResult run_job(RunFixture& fixture, const run::RunRequest& request) {
  RecordingProgress progress;
  return run::run(fixture.disk, request, progress);
}

}  // namespace

TEST_CASE("run computes the dashboard's figures from the returns, as arithmetic by hand does") {
  RunFixture fixture;
  RecordingProgress progress;
  const run::RunResult result = run::run(fixture.disk, fixture.request(), progress);
  INFO(testing::describe(result.record.diagnostics));
  REQUIRE(result.stop == run::Stop::none);
  REQUIRE(result.computed);
  CHECK(result.model.quarter.label() == "2025/26 Q2");  // the return's last month, Sep 2025

  // Rolling 12 months to Sep 2025 are months 12 to 23; the year before, 0 to 11.
  const auto& crime = only_indicator(result);
  const double current = crimes(testing::blaby_crimes, 12, 23) +
                         crimes(testing::charnwood_crimes, 12, 23);  // 1410 + 4230
  const double previous = crimes(testing::blaby_crimes, 0, 11) +
                          crimes(testing::charnwood_crimes, 0, 11);  // 1266 + 3798
  CHECK(crime.current.value == Approx(current / 300000 * 1000));     // 18.8
  CHECK(crime.previous.value == Approx(previous / 300000 * 1000));   // 16.88
  CHECK(*crime.change == Approx((current - previous) / previous * 100));
  CHECK(crime.direction == kpi::Direction::up);
  CHECK(crime.judgement == kpi::Judgement::worse);  // lower is better
  REQUIRE(crime.districts.size() == 2);
  CHECK(crime.districts[0].label == "B");
  CHECK(crime.districts[0].figure.value == Approx(1410.0 / 100000 * 1000));
  CHECK(crime.districts[1].figure.value == Approx(4230.0 / 200000 * 1000));
  CHECK(crime.districts[0].comparison == kpi::Comparison::better);
  CHECK(crime.districts[1].comparison == kpi::Comparison::worse);
  CHECK(crime.current.sources.size() == 24);  // each month's two cells

  const run::Summary summary = run::summarise(result);
  CHECK(summary.files == 1);
  CHECK(summary.files_read == 1);
  CHECK(summary.figures == 48);
  CHECK(summary.cells.used == 48);
  CHECK(summary.errors == 0);
}

TEST_CASE("run reports its stages, each return and each diagnostic to the progress sink") {
  RunFixture fixture;
  fixture.disk.add_file("returns/notes.txt", "not a return");
  RecordingProgress progress;
  const run::RunResult result = run::run(fixture.disk, fixture.request(), progress);
  CHECK(progress.events ==
        std::vector<std::string>{"start configuration", "end configuration", "start reading",
                                 "file 1/1 returns/crime-2025-26-Q2.csv", "end reading",
                                 "start validation", "end validation", "start computation",
                                 "end computation", "start rendering", "end rendering"});
  // Every diagnostic once, in the result's order: the unmatched file's among them.
  CHECK(testing::places_and_codes(progress.diagnostics) ==
        testing::places_and_codes(result.record.diagnostics));
  CHECK_THAT(testing::places_and_codes(progress.diagnostics),
             Catch::Matchers::VectorContains(std::string("returns/notes.txt return-unmatched")));
  CHECK(result.timings.size() == 5);
}

TEST_CASE("run makes the outputs in memory, and write_outputs writes them all") {
  RunFixture fixture;
  run::RunResult result = run_job(fixture, fixture.request());
  REQUIRE(result.outputs.size() == 2);
  CHECK(result.outputs[0].path == "out/dashboard.xlsx");
  CHECK(result.outputs[0].bytes.starts_with("PK"));
  CHECK(result.outputs[1].path == "out/report.json");
  CHECK_FALSE(fixture.disk.contents("out/dashboard.xlsx"));  // nothing written yet
  REQUIRE(run::write_outputs(fixture.disk, result));
  CHECK(fixture.disk.contents("out/dashboard.xlsx") == result.outputs[0].bytes);
  CHECK(fixture.disk.contents("out/report.json") == result.outputs[1].bytes);
  CHECK(result.timings.back().stage == run::Stage::writing);
}

TEST_CASE("every configuration file read is recorded with the SHA-256 of its bytes") {
  RunFixture fixture;
  const run::RunResult result = run_job(fixture, fixture.request());
  std::vector<std::string> files;
  for (const auto& file : result.record.configuration) {
    files.push_back(fmt::format("{} {}", core::input_kind_name(file.kind), file.name));
    CHECK(file.sha256 == core::sha256_hex(*fixture.disk.contents(file.name)));
  }
  CHECK(files == std::vector<std::string>{
                     "mapping mappings/crime.yaml", "template template/dashboard.yaml",
                     "template template/layout.yaml", "reference mappings/reference/areas.yaml",
                     "reference mappings/reference/populations.yaml"});
  // The return is hashed too, as it is read.
  REQUIRE(result.record.files.size() == 1);
  CHECK(result.record.files[0].sha256 == core::sha256_hex(fixture.return_text));
  CHECK(result.outputs[1].bytes.find("template/layout.yaml") != std::string::npos);
}

TEST_CASE("a figure in error is named at its cell, and the dashboard is still made without it") {
  RunFixture fixture;
  fixture.disk.add_file(RunFixture::kReturn, fixture.return_with_blaby(17, "lots"));  // Mar 2025
  const run::RunResult result = run_job(fixture, fixture.request());
  CHECK(result.stop == run::Stop::none);
  CHECK_THAT(testing::places_and_codes(result.record.diagnostics),
             Catch::Matchers::VectorContains(std::string(
                 "returns/crime-2025-26-Q2.csv!crime-2025-26-Q2!B19 value-not-number")));
  const auto& crime = only_indicator(result);
  CHECK_FALSE(crime.current.value);  // a month of Blaby's missing: n/a, never a smaller figure
  CHECK_FALSE(crime.current.unavailable_reason.empty());
  CHECK(crime.previous.value);
  CHECK(result.outputs.size() == 2);
}

TEST_CASE("a strict run with errors makes nothing, and a run with no outputs stops once computed") {
  RunFixture fixture;
  fixture.disk.add_file(RunFixture::kReturn, fixture.return_with_blaby(17, "lots"));
  run::RunRequest strict = fixture.request();
  strict.strict = true;
  const run::RunResult refused = run_job(fixture, strict);
  CHECK(refused.stop == run::Stop::strict_errors);
  CHECK(refused.computed);
  CHECK(refused.outputs.empty());

  run::RunRequest validate_only = fixture.request();
  validate_only.outputs.reset();
  const run::RunResult validated = run_job(fixture, validate_only);
  CHECK(validated.stop == run::Stop::none);
  CHECK(validated.computed);
  CHECK(validated.outputs.empty());
}

TEST_CASE("a mistake in the configuration stops the job before any return is read") {
  RunFixture fixture;
  fixture.disk.add_file("mappings/crime.yaml", "files: [\"crime-*.csv\"]\nmeasrue: crime.total\n");
  const run::RunResult result = run_job(fixture, fixture.request());
  CHECK(result.stop == run::Stop::configuration_errors);
  CHECK_FALSE(result.computed);
  CHECK(result.record.files.empty());
  CHECK(result.outputs.empty());
  CHECK_THAT(
      testing::places_and_codes(result.record.diagnostics),
      Catch::Matchers::VectorContains(std::string("mappings/crime.yaml:2:1 mapping-unknown-key")));
}

TEST_CASE("a measure no indicator reads is a warning when it is a typo of one, else an info") {
  RunFixture fixture;
  SECTION("a typo") {
    fixture.disk.add_file("mappings/crime.yaml", RunFixture::mapping_giving("crime.totl"));
    const run::RunResult result = run_job(fixture, fixture.request());
    CHECK_THAT(testing::places_and_codes(result.record.diagnostics),
               Catch::Matchers::VectorContains(
                   std::string("mappings/crime.yaml:7:10 mapping-measure-unused")));
    CHECK_THAT(testing::describe(result.record.diagnostics),
               Catch::Matchers::Contains("warning: no indicator of the template reads the "
                                         "measure 'crime.totl'; did you mean 'crime.total'?"));
  }
  SECTION("read on purpose") {
    fixture.disk.add_file("mappings/crime.yaml", RunFixture::mapping_giving("survey.respondents"));
    const run::RunResult result = run_job(fixture, fixture.request());
    CHECK_THAT(testing::describe(result.record.diagnostics),
               Catch::Matchers::Contains("info: no indicator of the template reads the measure "
                                         "'survey.respondents': its figures are in report.json "
                                         "only"));
  }
  SECTION("read by an indicator") {
    const run::RunResult result = run_job(fixture, fixture.request());
    CHECK_THAT(testing::describe(result.record.diagnostics),
               !Catch::Matchers::Contains("mapping-measure-unused"));
  }
}

TEST_CASE("an unreadable configuration file or return stops the job with nothing made") {
  SECTION("the template") {
    RunFixture fixture;
    fixture.disk.make_unreadable("template/dashboard.yaml");
    CHECK(run_job(fixture, fixture.request()).stop == run::Stop::configuration_unreadable);
  }
  SECTION("a return") {
    RunFixture fixture;
    fixture.disk.make_unreadable(RunFixture::kReturn);
    const run::RunResult result = run_job(fixture, fixture.request());
    CHECK(result.stop == run::Stop::return_unreadable);
    CHECK(result.outputs.empty());
  }
  SECTION("a return that changed while it was read, as a copy still arriving does") {
    RunFixture fixture;
    fixture.disk.change_while_open(RunFixture::kReturn);
    const run::RunResult result = run_job(fixture, fixture.request());
    CHECK(result.stop == run::Stop::return_unreadable);
    CHECK(result.outputs.empty());
    CHECK(result.record.files.empty());
    REQUIRE_FALSE(result.record.diagnostics.empty());
    CHECK(result.record.diagnostics.back().to_string() ==
          "returns/crime-2025-26-Q2.csv: error: cannot be read: it changed while scdash read it "
          "[file-unreadable]");
  }
  SECTION("a mapping that changed while it was read") {
    RunFixture fixture;
    fixture.disk.change_while_open("mappings/crime.yaml");
    CHECK(run_job(fixture, fixture.request()).stop == run::Stop::configuration_unreadable);
  }
  SECTION("the returns folder") {
    RunFixture fixture;
    run::RunRequest request = fixture.request();
    request.returns = "no-such-folder";
    const run::RunResult result = run_job(fixture, request);
    CHECK(result.stop == run::Stop::returns_folder_unreadable);
    CHECK(result.record.diagnostics.back().location.file == "no-such-folder");
  }
}

TEST_CASE("with no figures and no quarter asked for there is nothing to report") {
  RunFixture fixture;
  run::RunRequest request = fixture.request();
  request.returns = "empty";
  fixture.disk.add_file("empty/readme.txt", "nothing yet");
  CHECK(run_job(fixture, request).stop == run::Stop::no_quarter);
  request.quarter = core::FinancialQuarter::parse("2025/26-Q2");
  const run::RunResult asked = run_job(fixture, request);
  CHECK(asked.stop == run::Stop::none);
  CHECK_FALSE(only_indicator(asked).current.value);  // n/a, with its reason
}

TEST_CASE("a PDF is printed by the printer given, and a failed print holds back nothing else") {
  RunFixture fixture;
  run::RunRequest request = fixture.request();
  std::string printed;
  request.outputs->pdf = "out/dashboard.pdf";
  std::string language;
  request.outputs->print_pdf = [&](const std::string& workbook, const std::string& tagged_in) {
    printed = workbook;
    language = tagged_in;
    return core::Expected<std::string, std::string>("%PDF-1.7");
  };
  const run::RunResult result = run_job(fixture, request);
  REQUIRE(result.outputs.size() == 3);
  CHECK(result.outputs[2].path == "out/dashboard.pdf");
  CHECK(result.outputs[2].bytes == "%PDF-1.7");
  CHECK(printed.starts_with("PK"));
  CHECK(printed != result.outputs[0].bytes);  // the Dashboard alone, in the print layout
  CHECK(language == "en-GB");                 // the layout's publication language, by default

  request.outputs->print_pdf = [](const std::string&, const std::string&) {
    return core::Expected<std::string, std::string>(core::unexpected<std::string>("no printer"));
  };
  const run::RunResult unprinted = run_job(fixture, request);
  CHECK(unprinted.outputs.size() == 2);
  CHECK(unprinted.pdf_failure == "no printer");
}

TEST_CASE("the board report is drafted when asked, its statements listed in report.json") {
  RunFixture fixture;
  run::RunRequest request = fixture.request();
  const run::RunResult without = run_job(fixture, request);
  REQUIRE(without.outputs.size() == 2);
  CHECK_THAT(without.outputs[1].bytes, !Catch::Contains("\"narrative\""));

  request.outputs->board_report = "out/board-report.docx";
  const run::RunResult result = run_job(fixture, request);
  REQUIRE(result.outputs.size() == 4);
  CHECK(result.outputs[2].path == "out/board-report.docx");
  CHECK(result.outputs[2].bytes.starts_with("PK"));
  CHECK(result.outputs[3].path == "out/board-report.md");
  const std::string& markdown = result.outputs[3].bytes;
  const std::string& report = result.outputs[1].bytes;
  CHECK_THAT(report, Catch::Contains("\"narrative\": {"));
  // Each statement of the draft is in report.json with the rule that licensed it.
  CHECK_THAT(report, Catch::Contains("\"rule\": \"the change, "));
  CHECK_THAT(markdown, Catch::Contains("## Introduction"));
}

TEST_CASE("the board report may not be written over another output") {
  RunFixture fixture;
  run::RunRequest request = fixture.request();
  request.outputs->board_report = "out/report.docx";
  request.outputs->report = "out/report.md";
  const run::RunResult result = run_job(fixture, request);
  CHECK(result.stop == run::Stop::outputs_over_inputs);
  CHECK_THAT(testing::describe(result.record.diagnostics),
             Catch::Contains("report.json and the board report's Markdown are both to be written "
                             "here"));
  CHECK(result.outputs.empty());
}

TEST_CASE("a result moved keeps its model pointing at its own catalogue") {
  RunFixture fixture;
  run::RunResult first = run_job(fixture, fixture.request());
  const templates::Indicator* indicator = only_indicator(first).indicator;
  const run::RunResult moved = std::move(first);
  REQUIRE(moved.configuration.catalogue);
  CHECK(only_indicator(moved).indicator == indicator);
  CHECK(indicator == &moved.configuration.catalogue->outcomes[0].indicators[0]);
}

TEST_CASE("a CSV figure with a misplaced thousands separator is an error at its cell") {
  RunFixture fixture;
  // "12,9" is not 129: a decimal comma or a slip, and the figure is n/a until it is corrected.
  fixture.disk.add_file(RunFixture::kReturn, fixture.return_with_blaby(17, "\"12,9\""));
  const run::RunResult result = run_job(fixture, fixture.request());
  const auto found =
      std::find_if(result.record.diagnostics.begin(), result.record.diagnostics.end(),
                   [](const core::Diagnostic& d) { return d.code == "value-not-number"; });
  REQUIRE(found != result.record.diagnostics.end());
  CHECK(found->location.to_string() == "returns/crime-2025-26-Q2.csv!crime-2025-26-Q2!B19");
  CHECK_THAT(found->message, Catch::Contains("12,9"));
  CHECK_FALSE(only_indicator(result).current.value);
}

TEST_CASE("a measure the template derives is made from the returns' parts, every cell listed") {
  RunFixture fixture;
  // The police give crime as recorded; a second return gives the fraud within it, 5 a month
  // in each district; the template's crime.total is the one less the other.
  fixture.disk.add_file("mappings/crime.yaml", RunFixture::mapping_giving("crime.recorded"));
  std::string fraud = RunFixture::mapping_giving("crime.fraud");
  fraud.replace(fraud.find("crime-*.csv"), 11, "fraud-*.csv");
  fixture.disk.add_file("mappings/fraud.yaml", fraud);
  std::string fraud_return = "Month,Blaby,Charnwood\n";
  for (std::size_t at = fixture.return_text.find('\n') + 1; at < fixture.return_text.size();) {
    const std::size_t end = fixture.return_text.find('\n', at);
    fraud_return +=
        fixture.return_text.substr(at, fixture.return_text.find(',', at) - at) + ",5,5\n";
    at = end + 1;
  }
  fixture.disk.add_file("returns/fraud-2025-26-Q2.csv", fraud_return);
  std::string dashboard = *fixture.disk.contents("template/dashboard.yaml");
  dashboard.insert(dashboard.find("outcomes:"),
                   "measures:\n  crime.total: {difference: [crime.recorded, crime.fraud]}\n");
  fixture.disk.add_file("template/dashboard.yaml", dashboard);

  const run::RunResult result = run_job(fixture, fixture.request());
  INFO(testing::describe(result.record.diagnostics));
  CHECK(core::count_errors(result.record.diagnostics) == 0);
  const auto& crime = only_indicator(result);
  // Blaby: months 12 to 23, 1,410 recorded less 12 × 5 fraud, per 1,000 of 100,000 people.
  CHECK(crime.districts[0].figure.value == Approx((1410.0 - 60) / 100000 * 1000));
  CHECK(crime.current.value == Approx((1410.0 + 4230 - 120) / 300000 * 1000));
  CHECK(crime.current.sources.size() == 48);  // each month's two cells, in both returns
  const std::string report = result.outputs.at(1).bytes;
  CHECK_THAT(report,
             Catch::Matchers::Contains(R"("derived": [)") &&
                 Catch::Matchers::Contains(R"("crime.total = crime.recorded - crime.fraud")"));
  CHECK_THAT(report, Catch::Matchers::Contains(
                         "Derived as the template defines it: crime.total = crime.recorded - "
                         "crime.fraud."));
  CHECK_THAT(testing::describe(result.record.diagnostics),
             !Catch::Matchers::Contains("mapping-measure-unused"));
}

TEST_CASE("the layout's area sets and classification colours are the template's") {
  RunFixture fixture;
  fixture.disk.add_file("template/layout.yaml", R"(columns:
  - indicator
  - current
  - classification
  - {column: districts, sets: [BCUs]}
classification_colours: {High: "#C00000"}
)");
  const run::RunResult result = run_job(fixture, fixture.request());
  CHECK(result.stop == run::Stop::configuration_errors);
  const auto found = testing::places_and_codes(result.record.diagnostics);
  CHECK_THAT(found, Catch::Matchers::VectorContains(
                        std::string("template/layout.yaml layout-unknown-area-set")));
  CHECK_THAT(found, Catch::Matchers::VectorContains(
                        std::string("template/layout.yaml layout-unknown-classification")));
}
