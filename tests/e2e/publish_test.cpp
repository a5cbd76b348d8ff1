// scdash run --publish on the example returns: the published copy withholds the small counts
// the internal copy keeps, and the internal copy says which and why.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

#include "e2e/program_and_sheets.hpp"
#include "support/zip_reader.hpp"

using namespace scdash;
using testing::CellMap;
using testing::read_sheet;
using testing::run_scdash;
using testing::TemporaryFolder;
namespace fs = std::filesystem;

namespace {

// The cell of the Dashboard row whose label starts with `label`, in the district column `district`.
const io::Cell* district_cell(const CellMap& sheet, const std::string& label,
                              const std::string& district) {
  std::string row;
  std::string column;
  for (const auto& [reference, cell] : sheet) {
    const auto digits = reference.find_first_of("0123456789");
    if (cell.text.rfind(label, 0) == 0) {
      row = reference.substr(digits);
    }
    if (reference.substr(digits) == "4" && cell.text == district) {  // the heading row
      column = reference.substr(0, digits);
    }
  }
  const auto found = sheet.find(column + row);
  return row.empty() || column.empty() || found == sheet.end() ? nullptr : &found->second;
}

}  // namespace

TEST_CASE("the published copy withholds Melton's and Rutland's 4 first-time entrants as [c]") {
  TemporaryFolder work;
  const fs::path internal = work.path() / "dashboard.xlsx";
  const auto result =
      run_scdash({"run", "examples/returns", "--out", internal.string(), "--publish"});
  INFO(result.err);
  REQUIRE(result.exit_status <= 1);
  const fs::path published = work.path() / "dashboard-published.xlsx";
  REQUIRE(fs::is_regular_file(published));
  // The repository's project file asks for the board report: its published copy is made too.
  CHECK(fs::is_regular_file(work.path() / "board-report-published.docx"));
  CHECK(fs::is_regular_file(work.path() / "board-report-published.md"));

  const CellMap kept = read_sheet(internal, "Dashboard");
  const CellMap shown = read_sheet(published, "Dashboard");
  for (const std::string district : {"M", "R"}) {
    INFO(district);
    const io::Cell* internal_cell = district_cell(kept, "First-time entrants", district);
    const io::Cell* published_cell = district_cell(shown, "First-time entrants", district);
    REQUIRE(internal_cell != nullptr);
    REQUIRE(published_cell != nullptr);
    CHECK(internal_cell->type == io::CellType::number);
    CHECK(internal_cell->number == 4);
    CHECK(published_cell->text == "[c]");
  }
  // Youth justice withholds counts under 10 (the template's own threshold for it): Blaby's and
  // Harborough's 9 and Oadby and Wigston's 7 too. Together they sum to 33, not small, so no
  // district is withheld for their sake; Charnwood's 18 is shown.
  const io::Cell* charnwood = district_cell(shown, "First-time entrants", "C");
  REQUIRE(charnwood != nullptr);
  CHECK(charnwood->number == 18);

  // The internal copy's Suppression sheet gives each decision and its rule.
  const CellMap log = read_sheet(internal, "Suppression");
  std::vector<std::string> rows;
  std::vector<std::string> previous_rows;
  for (int row = 2; log.count("A" + std::to_string(row)) != 0; ++row) {
    const auto at = [&](const char* column) { return log.at(column + std::to_string(row)).text; };
    (at("C") == "current" ? rows : previous_rows)
        .push_back(at("B") + ", " + at("D") + ": " + at("E"));
  }
  // A district's previous figure is in its cell's note (its change), so a small one is withheld
  // too: the year before, Melton had 6 first-time entrants.
  CHECK(std::find(previous_rows.begin(), previous_rows.end(),
                  "Melton, primary: 6 yj.first_time_entrants, fewer than 10") !=
        previous_rows.end());
  CHECK(rows == std::vector<std::string>{
                    "Blaby, primary: 9 yj.first_time_entrants, fewer than 10",
                    "Harborough, primary: 9 yj.first_time_entrants, fewer than 10",
                    "Melton, primary: 4 yj.first_time_entrants, fewer than 10",
                    "Oadby and Wigston, primary: 7 yj.first_time_entrants, fewer than 10",
                    "Rutland, primary: 4 yj.first_time_entrants, fewer than 10",
                });
  // Every withheld figure is [c] on the Districts sheet too, with no interval, and the published
  // board report names none of them.
  const CellMap districts = read_sheet(published, "Districts");
  std::size_t withheld = 0;
  for (int row = 2; districts.count("A" + std::to_string(row)) != 0; ++row) {
    const auto at = [&](const char* column) {
      const auto found = districts.find(column + std::to_string(row));
      return found == districts.end() ? io::Cell{} : found->second;
    };
    const std::string place = at("A").text + ", " + at("B").text;
    for (const std::string& decided : rows) {
      if (at("A").text.rfind("First-time entrants", 0) == 0 &&
          decided.rfind(at("B").text + ",", 0) == 0) {
        INFO(place);
        CHECK(at("E").text == "[c]");
        CHECK(at("F").type == io::CellType::empty);
        ++withheld;
      }
    }
  }
  CHECK(withheld == rows.size());
  const std::string draft = testing::read_file(work.path() / "board-report-published.md");
  const auto entrants = draft.find("- The number of first-time entrants");
  REQUIRE(entrants != std::string::npos);
  const std::string point = draft.substr(entrants, draft.find('\n', entrants) - entrants);
  for (const char* name : {"Blaby", "Harborough", "Melton", "Oadby", "Rutland"}) {
    CHECK_FALSE(testing::has(point, name));
  }
  const std::string sheets = testing::read_file(published);
  CHECK_FALSE(testing::has(testing::zip_entry(sheets, "xl/workbook.xml"), "Suppression"));
}
