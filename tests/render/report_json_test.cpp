#include <catch2/catch.hpp>

#include "render/render_fixture.hpp"
#include "scdash/render/report_json.hpp"

using namespace scdash;

TEST_CASE("report.json explains each figure and lists every diagnostic and input") {
  const testing::RenderFixture fixture;
  core::RunRecord run;
  run.files = {
      {"returns/police.xlsx", "mappings/police.yaml", 288, {288, 288, 0, 0}, std::string(64, 'a')}};
  run.diagnostics = {core::Diagnostic::warning("return-unmatched", "no mapping reads this file",
                                               core::Location::in_file("returns/notes.txt"))};
  const std::string json = render::render_report_json(fixture.model, run, {});

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

TEST_CASE("report.json carries the inputs' checksums, the accounting and every figure's source") {
  const testing::RenderFixture fixture;
  core::RunRecord run;
  run.files = {{"returns/police.xlsx",
                "mappings/police.yaml",
                2,
                {3, 2, 1, 0},
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"}};
  run.configuration = {{core::InputKind::dashboard_template, "t/dashboard.yaml",
                        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"}};
  run.folder = {2, 1, 1, 0};
  core::Observation read{"crime.total",
                         "E07000129",
                         core::Period::single(core::Month::of(2025, 5)),
                         410,
                         {"returns/police.xlsx", "Districts", {5, 20}, "mappings/police.yaml", 14}};
  core::Observation rejected = read;
  rejected.area_code = "E06000017";
  rejected.value = -4;
  rejected.source.cell = {6, 20};
  rejected.rejected_because = "a count cannot be negative, and this is -4 [count-negative]";
  const std::string json = render::render_report_json(fixture.model, run, {read, rejected});

  CHECK(json.find(
            "\"kind\": \"return\",\n      \"file\": \"returns/police.xlsx\",\n      "
            "\"sha256\": \"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"") !=
        std::string::npos);
  CHECK(json.find(
            "\"kind\": \"template\",\n      \"file\": \"t/dashboard.yaml\",\n      "
            "\"sha256\": \"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\"") !=
        std::string::npos);
  CHECK(json.find("\"files_in_folder\": 2,\n    \"files_read\": 1,\n    \"files_reported\": 1,\n"
                  "    \"files_unaccounted\": 0,") != std::string::npos);
  CHECK(json.find("\"non_empty\": 3,\n      \"read\": 2,\n      \"with_problems\": 1,\n      "
                  "\"left_out_by_where\": 0") != std::string::npos);
  CHECK(json.find("\"figures\": 2,\n    \"figures_rejected\": 1,\n    \"balanced\": true") !=
        std::string::npos);
  CHECK(json.find("\"value\": 410,\n      \"cell\": \"returns/police.xlsx!Districts!U6\",\n      "
                  "\"mapping\": \"mappings/police.yaml:14\"") != std::string::npos);
  CHECK(json.find(
            "\"value\": null,\n      \"rejected\": \"a count cannot be negative, and this "
            "is -4 [count-negative]\",\n      \"cell\": \"returns/police.xlsx!Districts!U7\"") !=
        std::string::npos);
}

TEST_CASE(
    "report.json lists the comparisons the template declares, so that a reader tells n/a from –") {
  testing::RenderFixture fixture;
  const auto declared = [&] {
    const std::string json = render::render_report_json(fixture.model, {}, {});
    const auto at = json.find("\"declared_comparisons\": ");
    REQUIRE(at != std::string::npos);
    return json.substr(at, json.find(']', at) + 1 - at);
  };
  CHECK(declared() == "\"declared_comparisons\": []");
  fixture.catalogue.outcomes[0].indicators[0].comparators.counties = "counties.total_crime";
  CHECK(declared() == "\"declared_comparisons\": [\n        \"counties\"\n      ]");
  fixture.catalogue.outcomes[0].indicators[0].comparators.most_similar_group = "msg.total_crime";
  CHECK(declared() ==
        "\"declared_comparisons\": [\n        \"most_similar_group\",\n        \"counties\"\n      "
        "]");
}
