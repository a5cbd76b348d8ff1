// The second dashboard, made by its template alone: the Police and Crime Plan scorecard of seed
// 004 from the example's returns (examples/police-and-crime-plan), run as the issue asks, with
// --template. Each figure is checked against arithmetic done here by hand from the returns'
// financial-year-to-date sums (examples/police-and-crime-plan/README.md).
#include <catch2/catch.hpp>

#include <filesystem>

#include "e2e/program_and_sheets.hpp"

using namespace scdash;
using testing::has;
using testing::run_scdash;
using testing::TemporaryFolder;
namespace fs = std::filesystem;

namespace {

const std::string kExample = "examples/police-and-crime-plan";

}  // namespace

TEST_CASE("the Police and Crime Plan scorecard shows each gap to target, worked out by hand") {
  TemporaryFolder work;
  const fs::path scorecard = work.path() / "scorecard.xlsx";
  const auto result = run_scdash(
      {"run", kExample + "/returns", "--template", "workbook-templates/police-and-crime-plan",
       "--mappings", kExample + "/mappings", "--out", scorecard.string(), "--narrative"});
  INFO(result.out << result.err);
  REQUIRE(result.exit_status == 0);
  CHECK(has(result.out, "0 error(s), 0 warning(s)"));
  const testing::DashboardSheet sheet(scorecard);
  const auto number = [&](const std::string& label, const std::string& heading) {
    const io::Cell& cell = sheet.at(label, heading);
    INFO(label << " / " << heading << ": " << cell.text);
    REQUIRE(cell.type == io::CellType::number);
    return cell.number;
  };

  // All crime, April to September: 40,750 then 41,891, 1,141 more. The 5% reduction target is
  // 40,750 × 0.95 = 38,712.5; 41,891 − 38,712.5 = 3,178.5 over it, 3,179 crimes in whole
  // crimes ("a margin of nearly 3,200 crimes above the target level").
  CHECK(number("All crime (crimes)", "Previous") == 40750);
  CHECK(number("All crime (crimes)", "Current") == 41891);
  CHECK(number("All crime (crimes)", "Change") == 1141);
  CHECK(number("All crime (crimes)", "Target") == Approx(38712.5));
  CHECK(number("All crime (crimes)", "Gap") == 3179);
  // Domestic burglary: 2,768 then 2,671; 2,768 × 0.87 = 2,408.16; 2,671 − 2,408.16 = 262.84,
  // so 263 ("263 crimes short of the 13% reduction target").
  CHECK(number("Domestic burglary (crimes)", "Change") == -97);
  CHECK(number("Domestic burglary (crimes)", "Gap") == 263);
  // Theft of motor vehicles: 745 × 0.90 = 670.5; 779 − 670.5 = 108.5, so 109.
  CHECK(number("Theft of motor vehicles (crimes)", "Gap") == 109);
  // Theft from motor vehicles: 3,520 × 0.86 = 3,027.2; 3,802 − 3,027.2 = 774.8, so 775.
  CHECK(number("Theft from motor vehicles (crimes)", "Gap") == 775);
  // Violence with injury: 2,930 × 0.98 = 2,871.4; 3,305 − 2,871.4 = 433.6, so 434.
  CHECK(number("Violence with injury (crimes)", "Gap") == 434);

  // Outcome rates: the outcomes still needed to reach the target rate on the crimes recorded.
  // Domestic burglary 449 of 2,671 = 16.8%; 2,671 × 25% = 667.75, 218.75 more: 219 needed.
  CHECK(number("Domestic burglary outcome rate", "Current") == Approx(449.0 / 2671 * 100));
  CHECK(number("Domestic burglary outcome rate", "Gap") == -219);
  // Theft of motor vehicles 173 of 779; 779 × 23% = 179.17: 7 needed.
  CHECK(number("Theft of motor vehicles outcome rate", "Gap") == -7);
  // Theft from motor vehicles 306 of 3,802; 3,802 × 9% = 342.18: 37 needed.
  CHECK(number("Theft from motor vehicles outcome rate", "Gap") == -37);
  // Hate crime 292 of 654; 654 × 55% = 359.7: 68 needed.
  CHECK(number("Hate crime outcome rate", "Gap") == -68);
  // Violence with injury 1,653 of 3,305 = 50.02%, the 50% target met: 1,653 − 1,652.5 = 0.5, no
  // whole outcome to spare.
  CHECK(number("Violence with injury outcome rate", "Gap") == 0);
  // All crime's outcome rate has no target; its count change is in outcomes: 11,478 − 13,529.
  CHECK(number("All crime outcome rate", "Change") == -2051);
  CHECK(sheet.at("All crime outcome rate", "Target").text == "\u2013");

  // Satisfaction: the survey's rolling 12 months, its gap in points. 78.6 against 82: −3.4.
  CHECK(number("Violent crime victims", "Gap") == Approx(-3.4));
  CHECK(number("All users", "Gap") == Approx(0));

  // The force's own classification, read from the emergent scorecard.
  CHECK(sheet.at("Domestic burglary (crimes)", "Overall").text == "High");
  CHECK(sheet.at("Theft of motor vehicles outcome rate", "Overall").text == "Low");
  // The BCU columns: the City BCU's domestic burglaries.
  CHECK(number("Domestic burglary (crimes)", "City") == 1166);

  // The board report speaks of the targets in the force's words.
  const std::string report = testing::read_file(work.path() / "board-report.md");
  CHECK(has(report, "This is 263 crimes short of the 13% reduction target."));
  CHECK(has(report, "This is 219 outcomes short of the 25% target."));
  CHECK(has(report, "(+2.8%, 1,141 more crimes)"));
}
