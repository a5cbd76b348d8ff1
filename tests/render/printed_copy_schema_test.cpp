// The copy LibreOffice prints has parts no other workbook has (its trajectory charts and their
// drawing), which the end-to-end schema check cannot reach through the command line: checked
// here against the ECMA-376 schemas with the same checker (validate-ooxml).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <utility>

#include "render/render_fixture.hpp"
#include "scdash/render/dashboard_workbook.hpp"
#include "support/run_program.hpp"
#include "support/zip_reader.hpp"

using namespace scdash;

TEST_CASE("the printed copy, with its trajectory charts, passes the ECMA-376 schemas") {
  const std::filesystem::path validator = SCDASH_VALIDATE_OOXML;
  const std::filesystem::path schemas = validator.parent_path().parent_path() / "ooxml-schemas";
  if (!std::filesystem::is_regular_file(validator)) {
    SUCCEED("the schema checker is not beside the project (../shared/tools); not checked here");
    return;
  }
  const testing::RenderFixture fixture;
  testing::TemporaryFolder folder;
  std::vector<std::string> workbooks;
  for (const auto type : {templates::SparklineType::line, templates::SparklineType::column}) {
    templates::Layout layout;
    layout.sparklines.type = type;
    render::RenderOptions print;
    print.for_print = true;
    const auto bytes = render::render_dashboard_workbook(fixture.model, {}, layout, print);
    REQUIRE(bytes);
    const std::string name = type == templates::SparklineType::line ? "lines" : "columns";
    workbooks.push_back((folder.path() / (name + ".xlsx")).string());
    std::ofstream(workbooks.back(), std::ios::binary) << *bytes;
    // validate-ooxml has no schema for the chart and its drawing: xmllint checks them with
    // the schemas beside it.
    for (const auto& [part, schema] :
         {std::pair{"xl/charts/chart1.xml", "dml-chart.xsd"},
          std::pair{"xl/drawings/drawing1.xml", "dml-spreadsheetDrawing.xsd"}}) {
      const auto extracted =
          folder.path() / (name + "-" + std::filesystem::path(part).filename().string());
      std::ofstream(extracted, std::ios::binary) << testing::zip_entry(*bytes, part);
      const auto checked = testing::run_program({"xmllint", "--noout", "--nonet", "--schema",
                                                 (schemas / schema).string(), extracted.string()});
      INFO(name << " " << part << ": " << checked.err);
      CHECK(checked.exit_status == 0);
    }
  }
  std::vector<std::string> command = {"/usr/bin/python3", validator.string()};
  command.insert(command.end(), workbooks.begin(), workbooks.end());
  const auto result = testing::run_program(command);
  INFO(result.out << result.err);
  CHECK(result.exit_status == 0);
  // Every part but the two charts and their two drawings, which xmllint checked above; each
  // supporting sheet's table is a part of its own.
  CHECK(result.out.find("56 of 60 parts valid") != std::string::npos);
}
