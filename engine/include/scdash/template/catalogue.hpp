// Catalogue: the dashboard template's outcomes and indicators, as the BI team declares them.
//
// Loaded from workbook-templates/<dashboard>/dashboard.yaml, so that a new indicator or a
// changed rule is a YAML edit, never a rebuild. docs/indicators.md explains every choice.
//
//   const auto catalogue = scdash::templates::load_catalogue(
//       disk, "workbook-templates/safer-communities", diagnostics);
//   catalogue->outcomes[1].indicators[0].label;  // "% of MARAC cases that are repeat referrals"
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "scdash/core/diagnostic.hpp"
#include "scdash/core/file_system.hpp"
#include "scdash/core/population.hpp"
#include "scdash/template/derived_measure.hpp"
#include "scdash/template/formula.hpp"
#include "scdash/template/rag_rule.hpp"
#include "scdash/template/suppression_policy.hpp"
#include "scdash/template/target.hpp"
#include "scdash/template/validation_settings.hpp"

namespace scdash::templates {

// Which way is good for an indicator.
enum class Polarity { higher_is_better, lower_is_better, none };

// The run of months a figure covers, relative to the reported quarter.
enum class Basis {
  rolling_12_months,       // the 12 months to the quarter's end
  quarter,                 // the quarter's three months
  financial_year_to_date,  // April to the quarter's end
  latest,                  // the latest reported value (a survey wave, an annual figure)
};

// What the "previous" column compares with.
enum class ComparisonPeriod {
  same_period_last_year,       // the same months a year earlier
  previous_financial_year_end  // the last complete financial year (April to March)
};

// Measures, supplied by comparator returns, that hold the same indicator for other areas.
struct Comparators {
  std::string most_similar_group;  // ranked "r/N" among the group
  std::string counties;            // placed Top, Average or Bottom among comparable counties
  // Rates only: the comparator returns' rates are per this many people (iQuanta's per 1,000),
  // so that their regional and national averages are shown per the indicator's own `per`.
  // Unset: the same as the indicator's.
  std::optional<double> per = std::nullopt;

  bool any() const { return !most_similar_group.empty() || !counties.empty(); }
};

// The averages a comparator return may give beside its areas: the region's and England's.
enum class AverageKind { regional, national };

std::string_view average_kind_name(AverageKind kind);  // "regional", "national"

// An area whose figures in comparator returns are an average to show, never a member to rank.
struct AverageArea {
  AverageKind kind = AverageKind::regional;
  std::string area_code;
};

struct Indicator {
  std::string id;
  std::string label;  // with its unit: "Total crime rate (per 10,000 population)"
  // How the board report's sentences name it ("The hate crime rate"); empty, the label
  // without its unit in brackets.
  std::string narrative_name;
  Formula formula;
  Polarity polarity = Polarity::none;
  Basis basis = Basis::rolling_12_months;
  int lag_quarters = 0;  // data arriving this many quarters in arrears
  ComparisonPeriod comparison = ComparisonPeriod::same_period_last_year;
  double stable_band = 2;  // a change within ±this (per cent, or points) is "stable"
  // Decimal places shown; unset, counts show none, percentages one and other figures two.
  std::optional<int> decimals;
  bool district_breakdown = true;
  RagRule rag;
  Comparators comparators;
  std::vector<std::string> footnotes;
  // A stricter (or looser) threshold than the template's for its published counts.
  std::optional<double> suppress_below;
  std::optional<Target> target;  // where the plan wants the figure to be
  // What the numerator counts, in the plural ("crimes", "outcomes"): how the count change and
  // the gap to the target name their units. Empty, they are named by the numerator measure
  // ("crime.total: 139 fewer"). A reported value has none: its gap is in its own units.
  std::string counted;
  // The measure whose text, in a return, classifies the indicator by hand (the force's
  // "High", "Medium" or "Low"); empty when it has none.
  std::string classification_measure;
};

// How an outcome's overall RAG follows from its indicators' RAGs.
enum class OverallRule { worst, majority };

struct Outcome {
  std::string name;
  OverallRule overall = OverallRule::worst;
  std::vector<Indicator> indicators;
};

// A named set of areas shown as columns beside the headline area's figures: the districts, or a
// force's BCUs. Its areas are dashboard labels in mappings/reference/areas.yaml.
struct AreaSet {
  std::string name;  // "districts", "BCUs"
  std::vector<std::string> labels;
};

struct Catalogue {
  std::string file;  // the template file, as diagnostics name it
  std::string title;
  std::string headline_area;  // code of the area the main columns describe
  // The months the dashboard's previous and current columns describe ({current} in its texts),
  // and its indicators' basis unless they give their own.
  Basis basis = Basis::rolling_12_months;
  // The area columns, set after set: `districts: [...]`, or `area_sets`.
  std::vector<AreaSet> area_sets;
  // The values a classification set by hand may take ("High", "Medium", "Low"), in order.
  std::vector<std::string> classifications;
  std::vector<AverageArea> averages;  // the regional and national average areas, if any
  std::vector<Outcome> outcomes;
  std::vector<DerivedMeasure> derived_measures;  // made from others where no return gives them
  ValidationSettings validation;                 // the data-quality rules' thresholds
  SuppressionPolicy suppression;                 // what a published copy hides

  // How `measure` is derived from others, or nullptr when it is not.
  const DerivedMeasure* derivation_of(std::string_view measure) const;
  // The classification `text` is, as the template spells it ("high" is "High"), ignoring case,
  // spacing and punctuation; nullptr when it is none of them.
  const std::string* classification_named(std::string_view text) const;
  // `measures`, each followed, when derived, by its parts (and theirs), each once.
  std::vector<std::string> with_parts(std::vector<std::string> measures) const;

  // The template's policy with the indicator's own threshold, where it sets one.
  SuppressionPolicy suppression_for(const Indicator& indicator) const {
    return {indicator.suppress_below.value_or(suppression.below), suppression.zeros};
  }
};

// Loads `directory`/dashboard.yaml; problems go to `diagnostics` with file:line:column.
std::optional<Catalogue> load_catalogue(core::FileSystem& file_system,
                                        const std::filesystem::path& directory,
                                        core::Diagnostics& diagnostics);

// Every measure the indicators read, sorted, each once: their formulas' measures, their
// comparators' and those of their benchmark and manual RAG rules, the parts of those that are
// derived, and the population measures of rates (population.persons), which a return may give.
std::vector<std::string> measures_read(const Catalogue& catalogue);

std::string_view polarity_name(Polarity polarity);
std::string_view basis_name(Basis basis);

}  // namespace scdash::templates
