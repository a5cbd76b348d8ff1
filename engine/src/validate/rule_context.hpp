// RuleContext: what every validation rule reads, and where it reports.
//
// Rules run in order (type, consistency, coverage, plausibility, reference) and share the
// rejections made so far, so that a figure an earlier error rejected is not judged again.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "scdash/validate.hpp"

namespace scdash::validate {

class RuleContext {
 public:
  RuleContext(const ValidationInputs& inputs, Validation& out);

  const ValidationInputs& inputs() const { return inputs_; }
  const templates::ValidationSettings& settings() const { return inputs_.catalogue.validation; }
  const std::vector<core::Observation>& observations() const { return inputs_.observations; }

  // Whether observations()[index] may be judged and computed with: given as a number and not
  // rejected by a rule.
  bool usable(std::size_t index) const;

  void report(core::Diagnostic diagnostic) { out_.diagnostics.push_back(std::move(diagnostic)); }
  // Rejects observations()[index] with `reason`, the first time only.
  void reject(std::size_t index, std::string reason);
  // Reports an error about observations()[index] and rejects it.
  void reject(std::size_t index, core::Diagnostic diagnostic, std::string reason) {
    report(std::move(diagnostic));
    reject(index, std::move(reason));
  }

  // A diagnostic at the cell `observation` came from, its message ending with the mapping
  // line that read it, so that both the return and the mapping are a jump away.
  core::Diagnostic about(const core::Observation& observation, core::Severity severity,
                         std::string code, std::string message, std::string hint = {}) const;

  std::string area_name(std::string_view code) const;
  // "crime.total for Blaby in May 2025"
  std::string describe(const core::Observation& observation) const;

  // The areas the dashboard shows or sums: the headline area, its parts and the district
  // columns, without repeats.
  const std::vector<std::string>& dashboard_areas() const { return dashboard_areas_; }
  // The district columns, and the headline area's parts, each once.
  const std::vector<std::string>& district_areas() const { return district_areas_; }
  // The indices of the observations of `measure` for `area_code`, in the order given.
  const std::vector<std::size_t>& series(const std::string& measure,
                                         const std::string& area_code) const;

  // Whether a return gives `measure`, or, for one the template derives, all of its parts.
  bool supplied(const std::string& measure) const;
  // The measures whose figures stand behind an indicator's: each that a return gives as it is,
  // and in place of a derived one that none gives, its parts (and theirs), each once.
  std::vector<std::string> measures_behind(const templates::Indicator& indicator) const;

 private:
  const ValidationInputs& inputs_;
  Validation& out_;
  std::vector<bool> rejected_;
  std::vector<std::string> dashboard_areas_;
  std::vector<std::string> district_areas_;
  std::map<std::pair<std::string, std::string>, std::vector<std::size_t>> series_;
  std::set<std::string> given_;  // the measures the returns give
};

// What the catalogue asks of the measures.
// The measures that are counts (every measure of a formula whose kind counts: rates, counts, both
// parts of percentages and ratios, and the parts of those derived). They must be whole numbers
// of zero or more.
std::set<std::string> counted_measures(const templates::Catalogue& catalogue);
// The measures that hold percentages: reported values with unit percent, and the benchmark and
// comparator measures of percentage indicators.
std::set<std::string> percentage_measures(const templates::Catalogue& catalogue);
// Every indicator of the catalogue, in order.
std::vector<const templates::Indicator*> all_indicators(const templates::Catalogue& catalogue);

// Months as runs: "May 2025", "Jul 2025 to Sep 2025, Dec 2025".
std::string describe_months(const std::vector<core::Month>& months);
// "Blaby", "Blaby and Rutland", "Blaby, Charnwood and Rutland"
std::string join_names(const std::vector<std::string>& names);

// The rule groups, each in its own file.
void check_types(RuleContext& context);
void check_consistency(RuleContext& context);
void check_coverage(RuleContext& context);
void check_plausibility(RuleContext& context);
void check_reference_data(RuleContext& context);

}  // namespace scdash::validate
