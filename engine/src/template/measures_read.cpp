#include <algorithm>
#include <variant>

#include "scdash/template/catalogue.hpp"

namespace scdash::templates {

std::vector<std::string> measures_read(const Catalogue& catalogue) {
  std::vector<std::string> measures;
  for (const Outcome& outcome : catalogue.outcomes) {
    for (const Indicator& indicator : outcome.indicators) {
      const auto formula = indicator.formula.measures();
      measures.insert(measures.end(), formula.begin(), formula.end());
      if (indicator.formula.traits().divisor == Divisor::population) {
        measures.emplace_back(core::population_measure(indicator.formula.population));
      }
      measures.push_back(indicator.comparators.most_similar_group);
      measures.push_back(indicator.comparators.counties);
      if (const auto* benchmark = std::get_if<BenchmarkRule>(&indicator.rag)) {
        measures.push_back(benchmark->measure);
      }
      if (const auto* manual = std::get_if<ManualRule>(&indicator.rag)) {
        measures.push_back(manual->measure);
        measures.push_back(manual->reason_measure);
      }
      measures.push_back(indicator.classification_measure);
    }
  }
  measures = catalogue.with_parts(std::move(measures));  // a derived measure's parts are read
  std::erase(measures, std::string());
  std::sort(measures.begin(), measures.end());
  measures.erase(std::unique(measures.begin(), measures.end()), measures.end());
  return measures;
}

}  // namespace scdash::templates
