#include <catch2/catch.hpp>

#include "scdash/io/cell_text.hpp"
#include "scdash/io/sheet_survey.hpp"
#include "support/fake_workbook.hpp"

using namespace scdash;
using testing::blank;
using testing::number;
using testing::text;

TEST_CASE("a survey finds the range the cells use, counts them and keeps the first rows") {
  testing::FakeWorkbook workbook;
  workbook.add_sheet("Data", {{},
                              {blank(), text("Month"), text("Blaby")},
                              {blank(), text("Apr-25"), number(12)},
                              {},
                              {blank(), text("May-25"), number(13), blank(), number(1)}});
  workbook.add_sheet("Empty", {});
  const auto survey = io::survey_sheet(workbook, 0, 2);
  REQUIRE(survey);
  REQUIRE(survey->used);
  CHECK(io::range_a1(*survey->used) == "B2:E5");
  CHECK(survey->cells == 7);
  // The first two rows from the first with a cell (rows 2 and 3), not the sheet's first two.
  REQUIRE(survey->first_rows.size() == 2);
  CHECK(survey->first_rows[0].index == 1);
  CHECK(survey->first_rows[1].index == 2);
  CHECK(survey->merged.empty());

  const auto empty = io::survey_sheet(workbook, 1, 12);
  REQUIRE(empty);
  CHECK_FALSE(empty->used);
  CHECK(empty->cells == 0);
}
