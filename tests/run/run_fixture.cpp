#include "run/run_fixture.hpp"

#include <fmt/format.h>

namespace scdash::testing {
namespace {

// "Oct-23" and so on, as the return names its months.
std::string month_label(int month) {
  static constexpr const char* kNames[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const int index = 2023 * 12 + 9 + month;  // Oct 2023 is month 0
  return fmt::format("{}-{:02}", kNames[index % 12], index / 12 % 100);
}

std::string crime_return(int replaced_month = -1, const std::string& replacement = {}) {
  std::string text = "Month,Blaby,Charnwood\n";
  for (int month = 0; month < 24; ++month) {
    const std::string blaby =
        month == replaced_month ? replacement : fmt::format("{}", blaby_crimes(month));
    text += fmt::format("{},{},{}\n", month_label(month), blaby, charnwood_crimes(month));
  }
  return text;
}

}  // namespace

RunFixture::RunFixture() : return_text(crime_return()) {
  disk.add_file("mappings/reference/areas.yaml", R"(areas:
  - {code: E10000018, label: Leics, name: Leicestershire}
  - {code: E07000129, label: B, name: Blaby, parent: E10000018}
  - {code: E07000130, label: C, name: Charnwood, parent: E10000018}
)");
  disk.add_file("mappings/reference/populations.yaml", R"(populations:
  - {area: E07000129, year: 2024, persons: 100000, vintage: Mid-2024, source: ONS}
  - {area: E07000130, year: 2024, persons: 200000, vintage: Mid-2024, source: ONS}
  - {area: E10000018, year: 2024, persons: 300000, vintage: Mid-2024, source: ONS}
)");
  disk.add_file("mappings/crime.yaml", mapping_giving("crime.total"));
  disk.add_file("template/dashboard.yaml", R"(title: Test dashboard
headline_area: E10000018
districts: [B, C]
outcomes:
  - name: Fewer crimes
    indicators:
      - id: crime
        label: Crime rate (per 1,000 population)
        rate: {measure: crime.total, per: 1000}
        polarity: lower
)");
  disk.add_file("template/layout.yaml", "paper: A3\n");
  disk.add_file(kReturn, return_text);
}

std::string RunFixture::mapping_giving(const std::string& measure) {
  return R"(description: Police recorded crime by district
files: ["crime-*.csv"]
table:
  shape: wide
  period_column: Month
  across: areas
measure: )" +
         measure + "\n";
}

run::RunRequest RunFixture::request() const {
  run::RunRequest request;
  request.configuration = {"mappings", "template"};
  request.returns = "returns";
  request.outputs = run::OutputPaths{"out/dashboard.xlsx", "out/report.json"};
  return request;
}

std::string RunFixture::return_with_blaby(int month, const std::string& text) const {
  return crime_return(month, text);
}

void RecordingProgress::stage_started(run::Stage stage) {
  events.push_back(fmt::format("start {}", run::stage_name(stage)));
}

void RecordingProgress::stage_finished(run::Stage stage, double seconds) {
  events.push_back(fmt::format("end {}{}", run::stage_name(stage), seconds >= 0 ? "" : " (<0)"));
}

void RecordingProgress::reading_file(std::size_t index, std::size_t count, std::string_view name) {
  events.push_back(fmt::format("file {}/{} {}", index, count, name));
}

void RecordingProgress::diagnostic(const core::Diagnostic& diagnostic) {
  diagnostics.push_back(diagnostic);
}

}  // namespace scdash::testing
