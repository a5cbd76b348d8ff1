// The records shape: one row per crime, counted into several measures by rules, streamed.
#include <catch2/catch.hpp>

#include "mapping/mapping_fixture.hpp"
#include "scdash/core/calendar.hpp"
#include "scdash/mapping/extract.hpp"
#include "support/fake_workbook.hpp"

using namespace scdash;
using namespace scdash::testing;

namespace {

constexpr const char* kCrimeRecords = R"(files: [police-crimes*.csv]
table:
  shape: records
  area_column: Local authority
  period_column: {header: Date recorded, aliases: [Recorded]}
  where: {column: Offence group, not_in: [Fraud, Computer misuse]}
  figures:
    - measure: crime.total
    - measure: crime.vwi
      where: {column: Offence group, in: [Violence with injury]}
    - measure: crime.domestic
      where: {column: Domestic flag, equals: Y}
    - measure: crime.domestic_vwi
      where:
        - {column: Domestic flag, equals: Y}
        - {column: Offence group, equals: Violence with injury}
    - measure: crime.burglary
      where: {column: Offence, matches: "*burglary*"}
)";

std::vector<io::Cell> header() {
  return {text("Crime ref"),     text("Date recorded"), text("Local authority"),
          text("Offence group"), text("Offence"),       text("Domestic flag")};
}

std::vector<io::Cell> crime(const char* date, const char* area, const char* group,
                            const char* offence, const char* domestic) {
  return {text("C1"), text(date), text(area), text(group), text(offence), text(domestic)};
}

mapping::Extraction extract(io::Workbook& workbook, const std::string& yaml = kCrimeRecords) {
  auto result =
      mapping::extract(load_mapping(yaml), workbook, "returns/police-crimes.csv", test_areas());
  INFO(listing(result.diagnostics));
  CHECK(result.accounted());
  return result;
}

// A police extract of `rows` crimes made as they are read, so that a million rows cost no
// memory in the test either: row r is in Blaby when r is even, else in Charnwood; in April
// 2025 for the first half, May after; every third is violence with injury; every fifth is
// domestic.
class GeneratedExtract final : public io::Workbook {
 public:
  explicit GeneratedExtract(std::uint32_t rows) : rows_(rows) {}
  const std::vector<io::SheetInfo>& sheets() const override { return sheets_; }
  core::Expected<void, core::Diagnostic> read_sheet(std::size_t,
                                                    const io::RowHandler& on_row) override {
    io::Row row{0, header()};
    for (std::uint32_t c = 0; c < row.cells.size(); ++c) {
      row.cells[c].ref = {0, c};
    }
    if (!on_row(row)) {
      return {};
    }
    for (std::uint32_t r = 1; r <= rows_; ++r) {
      row.index = r;
      const double day = (r <= rows_ / 2 ? kApril2025 : kMay2025) + r % 28;
      row.cells = {number(r),
                   date(day),
                   text(r % 2 == 0 ? "Blaby" : "Charnwood"),
                   text(r % 3 == 0 ? "Violence with injury" : "Theft offences"),
                   text("Some offence"),
                   text(r % 5 == 0 ? "Y" : "N")};
      for (std::uint32_t c = 0; c < row.cells.size(); ++c) {
        row.cells[c].ref = {r, c};
      }
      if (!on_row(row)) {
        break;
      }
    }
    return {};
  }

 private:
  std::uint32_t rows_;
  std::vector<io::SheetInfo> sheets_ = {{"police-crimes", io::SheetVisibility::visible}};
};

}  // namespace

TEST_CASE("a record counts towards every measure whose rules it meets") {
  FakeWorkbook workbook;
  workbook.add_sheet(
      "crimes",
      {header(), crime("2025-04-03", "Blaby", "Violence with injury", "ABH", "Y"),
       crime("17/04/2025", "Blaby", "Violence with injury", "GBH", "N"),
       crime("2025-04-20T10:00:00", "Blaby", "Theft offences", "Burglary residential", "N"),
       crime("2025-05-01", "H&B", "Theft offences", "Shoplifting", "Y"),
       crime("2025-05-02", "Blaby", "Fraud", "Bank fraud", "N")});
  const auto result = extract(workbook);
  CHECK(compact(result) ==
        std::vector<std::string>{
            "crime.burglary E07000129 2025-04 1 B4", "crime.domestic E07000129 2025-04 1 B2",
            "crime.domestic E07000132 2025-05 1 B5", "crime.domestic_vwi E07000129 2025-04 1 B2",
            "crime.total E07000129 2025-04 3 B2", "crime.total E07000132 2025-05 1 B5",
            "crime.vwi E07000129 2025-04 2 B2"});
  CHECK(result.cells_in_region.non_empty == 5);
  CHECK(result.cells_in_region.used == 4);
  CHECK(result.cells_in_region.excluded == 1);  // the fraud
  CHECK(codes(result.diagnostics) == std::vector<std::string>{"mapping-records-summary"});
  CHECK(result.diagnostics[0].message ==
        "5 record(s) read: 4 counted into 7 figure(s), 1 left out by rule (1 by line 6, "
        "Offence group not in [Fraud, Computer misuse]), 0 with problems");
  // The line of the rule that made the figure.
  CHECK(result.observations[0].source.mapping_line == 17);
}

TEST_CASE("'not_matches' leaves out the records whose value fits its glob") {
  FakeWorkbook workbook;
  workbook.add_sheet("crimes",
                     {header(), crime("2025-04-03", "Blaby", "Theft offences", "Shoplifting", "N"),
                      crime("2025-04-04", "Blaby", "Theft offences", "Burglary business", "N"),
                      crime("2025-04-05", "Blaby", "Theft offences", "burglary residential", "N")});
  const auto result = extract(workbook, R"(files: [police-crimes*.csv]
table:
  shape: records
  area_column: Local authority
  period_column: Date recorded
  figures:
    - measure: crime.other_theft
      where: {column: Offence, not_matches: "*burglary*"}
)");
  CHECK(compact(result) == std::vector<std::string>{"crime.other_theft E07000129 2025-04 1 B2"});
  CHECK(result.cells_in_region.excluded == 2);
  // A condition has one test, 'not_matches' among them.
  CHECK_THAT(codes(mapping_errors("files: [x.csv]\ntable:\n  shape: records\n  area_column: A\n  "
                                  "period_column: B\n  figures:\n    - measure: m.x\n      where: "
                                  "{column: C, matches: \"a*\", not_matches: \"b*\"}\n")),
             Catch::Matchers::VectorContains(std::string("mapping-bad-condition")));
}

TEST_CASE("a million-row extract is aggregated as it streams") {
#ifdef NDEBUG
  constexpr std::uint32_t kRows = 1'000'000;
#else
  constexpr std::uint32_t kRows = 150'000;  // sanitizer builds are ten times slower
#endif
  GeneratedExtract workbook(kRows);
  const auto result = extract(workbook);
  // 2 areas x 2 months x (total, vwi, domestic, domestic_vwi); no burglary.
  REQUIRE(result.observations.size() == 16);
  double total = 0;
  double domestic_vwi = 0;
  for (const auto& observation : result.observations) {
    total += observation.measure == "crime.total" ? observation.value : 0;
    domestic_vwi += observation.measure == "crime.domestic_vwi" ? observation.value : 0;
  }
  CHECK(total == kRows);
  CHECK(domestic_vwi == kRows / 15);  // multiples of 3 and of 5
  CHECK(result.cells_in_region.non_empty == kRows);
  CHECK(result.cells_in_region.used == kRows);
}

TEST_CASE("a record's problems are grouped, counted, and suggest the fix") {
  FakeWorkbook workbook;
  std::vector<std::vector<io::Cell>> rows = {header()};
  for (int i = 0; i < 50; ++i) {
    rows.push_back(crime("2025-04-03", "Blabby", "Theft offences", "x", "N"));
  }
  rows.push_back(crime("yesterday", "Blaby", "Theft offences", "x", "N"));
  rows.push_back(crime("2025-04-03", "Blaby", "Theft offences", "x", "N"));
  workbook.add_sheet("crimes", rows);
  const auto result = extract(workbook);
  REQUIRE(problem_codes(result.diagnostics) ==
          std::vector<std::string>{"area-unknown", "period-unknown"});
  CHECK(result.diagnostics[0].message ==
        "unknown area 'Blabby' (50 row(s), from row 2); did you mean 'Blaby'?");
  CHECK(result.diagnostics[0].location.to_string() == "returns/police-crimes.csv!crimes!C2");
  CHECK(result.diagnostics[1].message ==
        "'yesterday' is not a date or a month (1 row(s), from row 52)");
  CHECK(result.cells_in_region.reported == 51);
  CHECK(result.cells_in_region.used == 1);
}

TEST_CASE("records may sum a column, take their measure from a column, and fix their area") {
  FakeWorkbook workbook;
  workbook.add_sheet("referrals", {{text("Referral date"), text("Service"), text("Referrals")},
                                   {date(kApril2025 + 3), text("IDVA"), number(3)},
                                   {date(kApril2025 + 9), text("Outreach"), text("*")},
                                   {date(kMay2025 + 1), text("IDVA"), text("2")},
                                   {date(kMay2025 + 2), text("Helpline"), number(1)}});
  const auto result = extract(workbook, R"(files: [x]
table:
  shape: records
  period_column: Referral date
  figures:
    - measure_column: Service
      sum: Referrals
area: Leicestershire
measures:
  IDVA: da.referrals_idva
  Outreach: da.referrals_outreach
values:
  not_available: {"*": "suppressed, fewer than 5"}
)");
  CHECK(compact(result) ==
        std::vector<std::string>{
            "da.referrals_idva E10000018 2025-04 3 C2", "da.referrals_idva E10000018 2025-05 2 C4",
            "da.referrals_outreach E10000018 2025-04 n/a(suppressed, fewer than 5) C3"});
  CHECK(problem_codes(result.diagnostics) == std::vector<std::string>{"measure-unknown"});
}

TEST_CASE("a negative amount in a summed column rejects the figure it feeds, at its cell") {
  FakeWorkbook workbook;
  // A helpline's calls, one row a day: -100 would turn April's total, and its direction, around.
  workbook.add_sheet("calls", {{text("Date"), text("Calls")},
                               {date(kApril2025 + 1), number(40)},
                               {date(kApril2025 + 2), number(-100)},
                               {date(kApril2025 + 3), number(30)},
                               {date(kMay2025 + 1), number(25)}});
  const auto result = extract(workbook, R"(files: [x]
table:
  shape: records
  period_column: Date
  figures:
    - measure: da.helpline_calls
      sum: Calls
area: Leicestershire
)");
  REQUIRE(compact(result).size() == 2);
  CHECK(compact(result)[0].starts_with("da.helpline_calls E10000018 2025-04 rejected("));
  CHECK(compact(result)[0].find("B3") != std::string::npos);
  CHECK(compact(result)[1] == "da.helpline_calls E10000018 2025-05 25 B5");
  REQUIRE(problem_codes(result.diagnostics) == std::vector<std::string>{"count-negative"});
  CHECK(result.diagnostics[0].location.to_string() == "returns/police-crimes.csv!calls!B3");
  CHECK(result.cells_in_region.reported == 1);
  CHECK(result.accounted());
}

TEST_CASE("a records table's missing column stops it before any row is counted") {
  FakeWorkbook workbook;
  workbook.add_sheet("crimes",
                     {{text("Crime ref"), text("Date recorded"), text("Local authority"),
                       text("Offence group"), text("Offence")},
                      {text("C1"), text("2025-04-01"), text("Blaby"), text("x"), text("y")}});
  const auto result = extract(workbook);
  CHECK(result.observations.empty());
  REQUIRE(problem_codes(result.diagnostics) ==
          std::vector<std::string>{"mapping-column-missing", "mapping-column-missing"});
  CHECK(result.diagnostics[0].message == "the header row has no column 'Domestic flag'");
}

TEST_CASE("blank rows in an extract are passed over, whatever follows them") {
  FakeWorkbook workbook;
  workbook.add_sheet("crimes", {header(),
                                crime("2025-04-03", "Blaby", "Robbery", "x", "N"),
                                {},
                                crime("2025-04-04", "Blabby", "Robbery", "x", "N"),
                                {},
                                {},
                                crime("2025-04-05", "Blaby", "Robbery", "x", "N")});
  const auto result = extract(workbook);
  CHECK(compact(result) == std::vector<std::string>{"crime.total E07000129 2025-04 2 B2"});
  CHECK(problem_codes(result.diagnostics) == std::vector<std::string>{"area-unknown"});
  CHECK(result.cells_in_region.non_empty == 3);
}
