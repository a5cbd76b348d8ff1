#include <catch2/catch.hpp>

#include <fmt/format.h>

#include "scdash/kpi/district_outliers.hpp"

using namespace scdash;

namespace {

struct OutlierFixture {
  explicit OutlierFixture(const std::vector<double>& values,
                          templates::FormulaKind kind = templates::FormulaKind::rate) {
    indicator.label = "Crime rate";
    indicator.formula.kind = kind;
    kpi::IndicatorResult result;
    result.indicator = &indicator;
    for (std::size_t i = 0; i < values.size(); ++i) {
      const std::string code = "D" + std::to_string(i + 1);
      model.districts.push_back({code, code, "District " + std::to_string(i + 1)});
      kpi::DistrictFigure district;
      district.area_code = code;
      district.figure.value = values[i];
      district.figure.period = core::Period::rolling_12_months(core::Month::of(2025, 9));
      district.figure.sources = {{"returns/police.xlsx", "Districts", {4, 1}, "police.yaml", 3}};
      result.districts.push_back(district);
    }
    kpi::OutcomeResult outcome;
    outcome.indicators = {result};
    model.outcomes = {outcome};
  }

  kpi::DistrictFigure& district(std::size_t i) {
    return model.outcomes.at(0).indicators.at(0).districts.at(i);
  }

  core::Diagnostics find(double factor = 3) const {
    templates::ValidationSettings settings;
    settings.outlier_iqr_factor = factor;
    return kpi::find_district_outliers(model, settings);
  }

  templates::Indicator indicator;
  kpi::DashboardModel model;
};

}  // namespace

TEST_CASE("a district far outside the others' quartiles is a warning naming it") {
  const OutlierFixture f({500, 520, 510, 530, 515, 505, 950});
  const auto diagnostics = f.find();
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == "district-outlier");
  CHECK(diagnostics[0].severity == core::Severity::warning);
  CHECK(diagnostics[0].location.to_string() == "returns/police.xlsx!Districts");
  // The others: 500 505 510 515 520 530; quartiles 506.25 and 518.75, 12.5 apart.
  CHECK(diagnostics[0].message ==
        "District 7's 'Crime rate' for the 12 months to Sep 2025 is 950.00, outside the other "
        "districts' range of 468.75 to 556.25 (their quartiles 506.25 and 518.75, widened by 3 "
        "times the difference between them)");
}

TEST_CASE("an outlier made from several returns names every one of them") {
  OutlierFixture f({500, 520, 510, 530, 515, 505, 950});
  // District 7's rolling year: twelve monthly street-level files.
  auto& sources = f.district(6).figure.sources;
  sources.clear();
  for (int month = 1; month <= 12; ++month) {
    const std::string file = fmt::format("returns/2025-{:02}-street.csv", month);
    sources.push_back({file, "2025-09-street", {5, 1}, "street.yaml", 4});
    sources.push_back({file, "2025-09-street", {9, 1}, "street.yaml", 4});
  }
  const auto diagnostics = f.find();
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].location.to_string() == "returns/2025-01-street.csv");
  CHECK_THAT(diagnostics[0].message,
             Catch::Matchers::EndsWith("; it is made from the 12 files returns/2025-01-street.csv, "
                                       "returns/2025-02-street.csv, returns/2025-03-street.csv, "
                                       "returns/2025-04-street.csv, returns/2025-05-street.csv, "
                                       "returns/2025-06-street.csv, returns/2025-07-street.csv, "
                                       "returns/2025-08-street.csv, returns/2025-09-street.csv, "
                                       "returns/2025-10-street.csv, returns/2025-11-street.csv, "
                                       "returns/2025-12-street.csv"));
}

TEST_CASE("districts that differ as districts do are not outliers") {
  CHECK(OutlierFixture({350, 560, 420, 610, 480, 390, 520, 347}).find().empty());
  // Tukey's 1.5 "outside" fences are narrower than his 3 "far out" ones.
  CHECK(OutlierFixture({500, 520, 510, 530, 515, 505, 550}).find(3).empty());
  CHECK(OutlierFixture({500, 520, 510, 530, 515, 505, 550}).find(1.5).size() == 1);
}

TEST_CASE("outliers are judged only on rates, percentages and ratios of five districts or more") {
  CHECK(OutlierFixture({500, 520, 510, 950}).find().empty());
  CHECK(OutlierFixture({500, 520, 510, 530, 515, 505, 950}, templates::FormulaKind::count)
            .find()
            .empty());
  CHECK(OutlierFixture({500, 520, 510, 530, 515, 505, 950}, templates::FormulaKind::percentage)
            .find()
            .size() == 1);
}
