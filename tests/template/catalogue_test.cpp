#include <catch2/catch.hpp>

#include "scdash/platform/disk_file_system.hpp"
#include "scdash/template/catalogue.hpp"
#include "support/describe.hpp"
#include "support/memory_file_system.hpp"

using namespace scdash;

TEST_CASE("the shipped template loads") {
  const auto disk = scdash::platform::make_disk_file_system();
  core::Diagnostics diagnostics;
  const auto catalogue = templates::load_catalogue(
      *disk, SCDASH_SOURCE_DIR "/workbook-templates/safer-communities", diagnostics);
  INFO(testing::describe(diagnostics));
  REQUIRE(diagnostics.empty());
  REQUIRE(catalogue);
  CHECK(catalogue->headline_area == "E10000018");
  REQUIRE(catalogue->area_sets.size() == 1);
  CHECK(catalogue->area_sets[0].name == "districts");
  CHECK(catalogue->area_sets[0].labels ==
        std::vector<std::string>{"B", "C", "H", "HB", "M", "NW", "O", "R"});
  // The five outcomes of the 2025/26 format, and the indicators the board reads.
  REQUIRE(catalogue->outcomes.size() == 5);
  std::size_t indicators = 0;
  for (const auto& outcome : catalogue->outcomes) {
    indicators += outcome.indicators.size();
  }
  CHECK(indicators == 22);
  const templates::Indicator& crime = catalogue->outcomes[0].indicators.at(0);
  CHECK(crime.formula.kind == templates::FormulaKind::rate);
  CHECK(crime.formula.measure == "crime.total");
  CHECK(crime.formula.rate_per == 10000);
  CHECK(crime.polarity == templates::Polarity::lower_is_better);
  CHECK(crime.stable_band == 2);
  CHECK(crime.comparators.most_similar_group == "msg.total_crime");
  const templates::Indicator& marac = catalogue->outcomes[1].indicators.at(0);
  CHECK(marac.formula.kind == templates::FormulaKind::percentage);
  const auto* range = std::get_if<templates::RangeRule>(&marac.rag);
  REQUIRE(range);
  CHECK(range->low == 28);
  CHECK(range->high == 40);
  CHECK_FALSE(marac.district_breakdown);
  CHECK(catalogue->outcomes[2].indicators.at(2).lag_quarters == 1);
  CHECK(catalogue->outcomes[4].indicators.at(0).stable_band == 5);
}

TEST_CASE("template mistakes are reported at their line with what is allowed") {
  testing::MemoryFileSystem disk;
  disk.add_file("t/dashboard.yaml", R"(title: T
headline_area: C1
outcomes:
  - name: O
    indicators:
      - id: x
        label: X
        rate: {measure: m, per: 1000, of: dwellings}
        polarity: down
        stable_band: -1
        rag: {rule: range, low: 40, high: 28}
)");
  core::Diagnostics diagnostics;
  CHECK_FALSE(templates::load_catalogue(disk, "t", diagnostics));
  REQUIRE(diagnostics.size() == 4);
  CHECK(diagnostics[0].code == "template-unknown-value");
  CHECK(diagnostics[0].location.line == 8);
  CHECK(diagnostics[0].hint == "'of' is one of: population, households, adult_females");
  CHECK(diagnostics[1].code == "template-unknown-value");
  CHECK(diagnostics[1].location.line == 9);
  CHECK(diagnostics[1].message == "'polarity' cannot be 'down'");
  CHECK(diagnostics[2].code == "template-out-of-range");
  CHECK(diagnostics[2].location.line == 10);
  CHECK(diagnostics[3].code == "template-out-of-range");
  CHECK(diagnostics[3].location.line == 11);
}

TEST_CASE("an indicator has exactly one formula") {
  testing::MemoryFileSystem disk;
  disk.add_file("t/dashboard.yaml", R"(title: T
headline_area: C1
outcomes:
  - name: O
    indicators:
      - {id: a, label: A, polarity: none}
      - {id: b, label: B, polarity: none, count: {measure: x}, value: {measure: y}}
      - {id: c, label: C, polarity: none, cuont: {measure: x}}
)");
  core::Diagnostics diagnostics;
  CHECK_FALSE(templates::load_catalogue(disk, "t", diagnostics));
  std::vector<std::string> codes;
  for (const auto& d : diagnostics) {
    codes.push_back(d.code);
  }
  CHECK(codes == std::vector<std::string>{"template-missing-formula", "template-two-formulas",
                                          "template-unknown-key", "template-missing-formula"});
  CHECK(diagnostics[2].message.find("did you mean 'count'?") != std::string::npos);
}

TEST_CASE("a missing template is one clear error") {
  testing::MemoryFileSystem disk;
  core::Diagnostics diagnostics;
  CHECK_FALSE(templates::load_catalogue(disk, "nowhere", diagnostics));
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == "template-unreadable");
  CHECK(diagnostics[0].location.file == "nowhere/dashboard.yaml");
}

TEST_CASE("the validation settings have defaults, and the template may change each") {
  testing::MemoryFileSystem disk;
  const std::string indicators = R"(title: T
headline_area: C1
outcomes:
  - name: O
    indicators:
      - {id: a, label: A, polarity: none, count: {measure: x}}
)";
  disk.add_file("plain/dashboard.yaml", indicators);
  disk.add_file("tuned/dashboard.yaml", indicators + R"(validation:
  county_total_tolerance_percent: 0
  month_change_factor: 2.5
  month_history_minimum: 20
  outlier_iqr_factor: 1.5
  population_max_age_years: 2
)");
  core::Diagnostics diagnostics;
  const auto plain = templates::load_catalogue(disk, "plain", diagnostics);
  const auto tuned = templates::load_catalogue(disk, "tuned", diagnostics);
  INFO(testing::describe(diagnostics));
  REQUIRE(diagnostics.empty());
  REQUIRE(plain);
  REQUIRE(tuned);
  CHECK(plain->validation.county_total_tolerance_percent == 0.5);
  CHECK(plain->validation.month_change_factor == 3);
  CHECK(plain->validation.month_history_minimum == 10);
  CHECK(plain->validation.outlier_iqr_factor == 3);
  CHECK(plain->validation.population_max_age_years == 3);
  CHECK(tuned->validation.county_total_tolerance_percent == 0);
  CHECK(tuned->validation.month_change_factor == 2.5);
  CHECK(tuned->validation.month_history_minimum == 20);
  CHECK(tuned->validation.outlier_iqr_factor == 1.5);
  CHECK(tuned->validation.population_max_age_years == 2);
}

TEST_CASE("validation settings that are unknown or out of range are each reported at their line") {
  testing::MemoryFileSystem disk;
  disk.add_file("t/dashboard.yaml", R"(title: T
headline_area: C1
outcomes:
  - name: O
    indicators:
      - {id: a, label: A, polarity: none, count: {measure: x}}
validation:
  month_change_factor: 1
  outlier_iqr_factor: lots
  population_max_age_years: 2.5
  county_tolerance_percent: 1
)");
  core::Diagnostics diagnostics;
  CHECK_FALSE(templates::load_catalogue(disk, "t", diagnostics));
  REQUIRE(diagnostics.size() == 4);
  CHECK(diagnostics[0].code == "template-unknown-key");
  CHECK(diagnostics[0].location.line == 11);
  CHECK(diagnostics[0].message.find("did you mean 'county_total_tolerance_percent'?") !=
        std::string::npos);
  CHECK(diagnostics[1].code == "template-out-of-range");
  CHECK(diagnostics[1].location.line == 8);
  CHECK(diagnostics[1].message == "'month_change_factor' must be more than 1, found 1");
  CHECK(diagnostics[2].code == "template-not-a-number");
  CHECK(diagnostics[2].location.line == 9);
  CHECK(diagnostics[3].code == "template-not-an-integer");
  CHECK(diagnostics[3].location.line == 10);
}

TEST_CASE("a manual RAG names its measure and, optionally, its reason's") {
  testing::MemoryFileSystem disk;
  disk.add_file("t/dashboard.yaml", R"(title: T
headline_area: C1
outcomes:
  - name: O
    indicators:
      - {id: a, label: A, polarity: none, count: {measure: x},
         rag: {rule: manual, measure: rag.a, reason: rag.a_reason}}
      - {id: b, label: B, polarity: none, count: {measure: y}, rag: {rule: manual, measure: rag.b}}
)");
  core::Diagnostics diagnostics;
  const auto catalogue = templates::load_catalogue(disk, "t", diagnostics);
  INFO(testing::describe(diagnostics));
  REQUIRE(catalogue);
  const auto* a = std::get_if<templates::ManualRule>(&catalogue->outcomes[0].indicators[0].rag);
  REQUIRE(a);
  CHECK(a->measure == "rag.a");
  CHECK(a->reason_measure == "rag.a_reason");
  const auto* b = std::get_if<templates::ManualRule>(&catalogue->outcomes[0].indicators[1].rag);
  REQUIRE(b);
  CHECK(b->measure == "rag.b");
  CHECK(b->reason_measure.empty());
}

TEST_CASE("a manual RAG without its measure is an error at its line") {
  testing::MemoryFileSystem disk;
  disk.add_file("t/dashboard.yaml", R"(title: T
headline_area: C1
outcomes:
  - name: O
    indicators:
      - {id: a, label: A, polarity: none, count: {measure: x}, rag: {rule: manual, reason: r.x}}
)");
  core::Diagnostics diagnostics;
  CHECK_FALSE(templates::load_catalogue(disk, "t", diagnostics));
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == "template-missing-key");
  CHECK(diagnostics[0].location.line == 6);
}

TEST_CASE("the averages' areas and the comparators' rate base are read") {
  testing::MemoryFileSystem disk;
  disk.add_file("t/dashboard.yaml", R"(title: T
headline_area: C1
averages: {regional: E12000004, national: E92000001}
outcomes:
  - name: O
    indicators:
      - {id: a, label: A, polarity: lower, rate: {measure: x, per: 10000},
         comparators: {most_similar_group: msg.x, per: 1000}}
)");
  core::Diagnostics diagnostics;
  const auto catalogue = templates::load_catalogue(disk, "t", diagnostics);
  INFO(testing::describe(diagnostics));
  REQUIRE(catalogue);
  REQUIRE(catalogue->averages.size() == 2);
  CHECK(catalogue->averages[0].kind == templates::AverageKind::regional);
  CHECK(catalogue->averages[0].area_code == "E12000004");
  CHECK(catalogue->averages[1].kind == templates::AverageKind::national);
  CHECK(catalogue->averages[1].area_code == "E92000001");
  CHECK(catalogue->outcomes[0].indicators[0].comparators.per == 1000);
}

TEST_CASE("a comparators' rate base is for rate indicators only, and an average key is checked") {
  testing::MemoryFileSystem disk;
  disk.add_file("t/dashboard.yaml", R"(title: T
headline_area: C1
averages: {region: E12000004}
outcomes:
  - name: O
    indicators:
      - {id: a, label: A, polarity: lower, count: {measure: x},
         comparators: {most_similar_group: msg.x, per: 1000}}
)");
  core::Diagnostics diagnostics;
  CHECK_FALSE(templates::load_catalogue(disk, "t", diagnostics));
  REQUIRE(diagnostics.size() == 2);
  CHECK(diagnostics[0].code == "template-unknown-key");
  CHECK(diagnostics[0].location.line == 3);
  CHECK(diagnostics[0].message.find("did you mean 'regional'?") != std::string::npos);
  CHECK(diagnostics[1].code == "template-per-not-for-formula");
  CHECK(diagnostics[1].location.line == 8);
}

TEST_CASE("the suppression policy is the template's, and an indicator may set its own threshold") {
  testing::MemoryFileSystem disk;
  disk.add_file("t/dashboard.yaml", R"(title: T
headline_area: C1
suppression: {below: 4, zeros: suppressed}
outcomes:
  - name: O
    indicators:
      - {id: a, label: A, polarity: none, count: {measure: x}}
      - {id: b, label: B, polarity: none, count: {measure: y}, suppression: {below: 10}}
)");
  core::Diagnostics diagnostics;
  const auto catalogue = templates::load_catalogue(disk, "t", diagnostics);
  INFO(testing::describe(diagnostics));
  REQUIRE(catalogue);
  const auto& indicators = catalogue->outcomes[0].indicators;
  const templates::SuppressionPolicy a = catalogue->suppression_for(indicators[0]);
  const templates::SuppressionPolicy b = catalogue->suppression_for(indicators[1]);
  CHECK(a.below == 4);
  CHECK(b.below == 10);
  CHECK(b.zeros);  // the template's
  CHECK(a.hides(0));
  CHECK(a.hides(3));
  CHECK_FALSE(a.hides(4));
  // Without a policy: counts from 1 to 4, and zeros shown.
  CHECK(templates::SuppressionPolicy{}.hides(4));
  CHECK_FALSE(templates::SuppressionPolicy{}.hides(0));
  CHECK_FALSE(templates::SuppressionPolicy{}.hides(5));
}

TEST_CASE("a suppression policy's mistakes are reported at their line") {
  testing::MemoryFileSystem disk;
  disk.add_file("t/dashboard.yaml", R"(title: T
headline_area: C1
suppression: {below: 0, zeroes: shown}
outcomes:
  - name: O
    indicators:
      - {id: a, label: A, polarity: none, count: {measure: x}, suppression: {zeros: shown}}
)");
  core::Diagnostics diagnostics;
  CHECK_FALSE(templates::load_catalogue(disk, "t", diagnostics));
  CHECK(testing::places_and_codes(diagnostics) ==
        std::vector<std::string>{"t/dashboard.yaml:7:78 template-unknown-key",
                                 "t/dashboard.yaml:3:25 template-unknown-key",
                                 "t/dashboard.yaml:3:22 template-out-of-range"});
}

TEST_CASE("derived measures are read, and each is measured by what returns give") {
  testing::MemoryFileSystem disk;
  disk.add_file("t/dashboard.yaml", R"(title: T
headline_area: C1
measures:
  asb.total: {sum: [asb.personal, asb.nuisance, asb.environmental]}
  crime.excluding_fraud: {difference: [crime.total, crime.fraud]}
outcomes:
  - name: O
    indicators:
      - id: asb
        label: ASB incidents
        count: {measure: asb.total}
        polarity: none
)");
  core::Diagnostics diagnostics;
  const auto catalogue = templates::load_catalogue(disk, "t", diagnostics);
  INFO(testing::describe(diagnostics));
  REQUIRE(catalogue);
  REQUIRE(catalogue->derived_measures.size() == 2);
  const templates::DerivedMeasure* asb = catalogue->derivation_of("asb.total");
  REQUIRE(asb);
  CHECK(asb->formula() == "asb.total = asb.personal + asb.nuisance + asb.environmental");
  CHECK(asb->line == 4);
  CHECK(catalogue->derivation_of("crime.excluding_fraud")->formula() ==
        "crime.excluding_fraud = crime.total - crime.fraud");
  CHECK(catalogue->derivation_of("asb.personal") == nullptr);
  // The parts of what an indicator reads are read too, so a mapping that gives them is not
  // told its figures go nowhere.
  CHECK(templates::measures_read(*catalogue) ==
        std::vector<std::string>{"asb.environmental", "asb.nuisance", "asb.personal", "asb.total"});
}

TEST_CASE("a derived measure's mistakes are reported at their line") {
  testing::MemoryFileSystem disk;
  disk.add_file("t/dashboard.yaml", R"(title: T
headline_area: C1
measures:
  a.total: {sum: [a.one, a.two], difference: [a.one]}
  b.total: {product: [b.one]}
  c.total: {difference: [c.one]}
  d.total: {sum: [e.total]}
  e.total: {sum: [d.total, e.one]}
  f.total: {sum: [f.one]}
  f.total: {sum: [f.two]}
outcomes: []
)");
  core::Diagnostics diagnostics;
  CHECK_FALSE(templates::load_catalogue(disk, "t", diagnostics));
  CHECK(testing::describe(diagnostics) ==
        "t/dashboard.yaml:4:12: error: 'a.total' is either a sum or a difference, not both "
        "[template-bad-derived-measure]\n"
        "t/dashboard.yaml:5:13: error: unknown key 'product' in the derived measure 'b.total' "
        "[template-unknown-key]\n"
        "t/dashboard.yaml:6:12: error: 'c.total' needs a whole and at least one part to take "
        "from it [template-bad-derived-measure]\n"
        "t/dashboard.yaml:10:3: error: 'f.total' is derived twice [template-bad-derived-measure]\n"
        "t/dashboard.yaml:7:12: error: 'd.total' is made, through its parts, from itself "
        "[template-bad-derived-measure]\n"
        "t/dashboard.yaml:8:12: error: 'e.total' is made, through its parts, from itself "
        "[template-bad-derived-measure]\n");
}

TEST_CASE("an indicator cannot report as given a measure the template derives") {
  testing::MemoryFileSystem disk;
  disk.add_file("t/dashboard.yaml", R"(title: T
headline_area: C1
measures:
  survey.agree: {sum: [survey.strongly_agree, survey.tend_to_agree]}
outcomes:
  - name: O
    indicators:
      - id: agree
        label: "% agree"
        value: {measure: survey.agree, unit: percent}
        polarity: higher
)");
  core::Diagnostics diagnostics;
  CHECK_FALSE(templates::load_catalogue(disk, "t", diagnostics));
  CHECK(testing::describe(diagnostics) ==
        "t/dashboard.yaml:8:9: error: 'agree' reports survey.agree as a return gives it, but the "
        "template derives it, by adding up months [template-bad-derived-measure]\n");
}
