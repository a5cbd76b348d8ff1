#include <catch2/catch.hpp>

#include "render/render_fixture.hpp"
#include "scdash/render/report_json.hpp"

using namespace scdash;

TEST_CASE("report.json explains each figure and lists every diagnostic and input") {
  const testing::RenderFixture fixture;
  render::RunRecord run;
  run.files = {{"returns/police.xlsx", "mappings/police.yaml", 288, {288, 288, 0, 0}}};
  run.diagnostics = {core::Diagnostic::warning("return-unmatched", "no mapping reads this file",
                                               core::Location::in_file("returns/notes.txt"))};
  const std::string json = render::render_report_json(fixture.model, run);

  CHECK(json.find("\"quarter\": \"2025/26 Q2\"") != std::string::npos);
  CHECK(json.find("\"value\": 519.25") != std::string::npos);
  CHECK(json.find("\"numerator\": 36986") != std::string::npos);
  CHECK(json.find("\"returns/police.xlsx!Districts!Z6\"") != std::string::npos);
  CHECK(json.find("\"reason\": \"no figure for Rutland in Mar 2025\"") != std::string::npos);
  CHECK(json.find("\"direction\": \"down\"") != std::string::npos);
  CHECK(json.find("\"judgement\": \"better\"") != std::string::npos);
  CHECK(json.find("\"code\": \"return-unmatched\"") != std::string::npos);
  CHECK(json.find("\"interval_95\": [\n            500.1,\n            528.9\n          ],\n"
                  "          \"comparison_with_headline_area\": \"better\"") != std::string::npos);
  CHECK(json.find("\"observations\": 288") != std::string::npos);
  CHECK(json.find("\"explanation\": \"12 months to Sep 2025: 36,986 crime.total from "
                  "returns/police.xlsx!Districts!Z6:AK12 (2 cells).\\n36,986 \u00F7 population "
                  "712,300 (Census 2021, the latest before 2025) \u00D7 10,000 = 519.25.\"") !=
        std::string::npos);
}
