#include <catch2/catch.hpp>

#include <map>

#include "render/render_fixture.hpp"
#include "scdash/io/workbook.hpp"
#include "scdash/render/dashboard_workbook.hpp"
#include "support/memory_file_system.hpp"

using namespace scdash;

namespace {

// Every cell of the Dashboard sheet, by A1 reference, as scdash's own reader sees it.
std::map<std::string, io::Cell> read_dashboard(const std::string& bytes) {
  testing::MemoryFileSystem disk;
  disk.add_file("dashboard.xlsx", bytes);
  auto workbook = io::open_workbook(disk, "dashboard.xlsx", "dashboard.xlsx");
  REQUIRE(workbook);
  REQUIRE((*workbook)->sheets().at(0).name == "Dashboard");
  std::map<std::string, io::Cell> cells;
  REQUIRE((*workbook)->read_sheet(0, [&](const io::Row& row) {
    for (const auto& cell : row.cells) {
      cells[core::to_a1(cell.ref)] = cell;
    }
    return true;
  }));
  return cells;
}

}  // namespace

TEST_CASE("the Dashboard sheet has the title, the columns and the indicator's figures") {
  const testing::RenderFixture fixture;
  const auto bytes = render::render_dashboard_workbook(fixture.model);
  REQUIRE(bytes);
  auto cells = read_dashboard(*bytes);

  CHECK(cells["A1"].text == "Safer Communities Performance Dashboard — 2025/26 Q2");
  CHECK(cells["A2"].text.find("12 months to Sep 2025") != std::string::npos);
  const std::vector<std::pair<const char*, const char*>> headers = {
      {"A4", "Outcome"},
      {"B4", "Overall progress RAG"},
      {"C4", "Supporting indicator"},
      {"D4", "Previous\n(12 months to Sep 2024)"},
      {"E4", "Current\n(12 months to Sep 2025)"},
      {"F4", "Change"},
      {"G4", "Direction of travel"},
      {"H4", "Progress RAG"},
      {"I4", "Trajectory"},
      {"J4", "Nearest neighbour comparison"},
      {"K4", "County comparison"},
      {"L4", "B"},
      {"M4", "R"}};
  for (const auto& [ref, heading] : headers) {
    INFO(ref);
    CHECK(cells[ref].text == heading);
  }
  CHECK(cells["A5"].text == "Ongoing reductions in crime");
  CHECK(cells["C5"].text == "Total crime rate (per 10,000 population)");
  CHECK(cells["D5"].type == io::CellType::number);
  CHECK(cells["D5"].number == 535.93);
  CHECK(cells["E5"].number == 519.25);
  CHECK(cells["F5"].number == Approx((519.25 - 535.93) / 535.93));
  CHECK(cells["G5"].text == "\u2193");
  CHECK(cells["L5"].number == 514.38);
  CHECK(cells["M5"].text == "n/a");  // never a zero
}

TEST_CASE("the same model renders to the same bytes") {
  const testing::RenderFixture fixture;
  const auto first = render::render_dashboard_workbook(fixture.model);
  const auto second = render::render_dashboard_workbook(fixture.model);
  REQUIRE(first);
  REQUIRE(second);
  CHECK(*first == *second);
}
