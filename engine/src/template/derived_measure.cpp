#include <algorithm>

#include <fmt/format.h>

#include "scdash/template/catalogue.hpp"
#include "template/parse_derived_measures.hpp"

namespace scdash::templates {
namespace {

// Whether `measure` is made, through any number of derivations, from `wanted`.
bool made_from(const std::vector<DerivedMeasure>& derived, const std::string& measure,
               const std::string& wanted, std::vector<std::string>& seen) {
  const DerivedMeasure* found = find_derivation(derived, measure);
  if (found == nullptr || std::find(seen.begin(), seen.end(), measure) != seen.end()) {
    return false;
  }
  seen.push_back(measure);
  return std::any_of(found->parts.begin(), found->parts.end(), [&](const std::string& part) {
    return part == wanted || made_from(derived, part, wanted, seen);
  });
}

}  // namespace

std::string DerivedMeasure::formula() const {
  return fmt::format("{} = {}", measure,
                     fmt::join(parts, operation == Operation::sum ? " + " : " - "));
}

const DerivedMeasure* find_derivation(const std::vector<DerivedMeasure>& derived,
                                      std::string_view measure) {
  const auto found = std::find_if(derived.begin(), derived.end(),
                                  [&](const DerivedMeasure& d) { return d.measure == measure; });
  return found == derived.end() ? nullptr : &*found;
}

const DerivedMeasure* Catalogue::derivation_of(std::string_view measure) const {
  return find_derivation(derived_measures, measure);
}

std::vector<std::string> Catalogue::with_parts(std::vector<std::string> measures) const {
  // Parts are appended and looked at in turn; the template has no cycles.
  for (std::size_t i = 0; i < measures.size(); ++i) {
    if (const DerivedMeasure* derived = derivation_of(measures[i])) {
      for (const std::string& part : derived->parts) {
        if (std::find(measures.begin(), measures.end(), part) == measures.end()) {
          measures.push_back(part);
        }
      }
    }
  }
  return measures;
}

std::vector<DerivedMeasure> parse_derived_measures(core::YamlChecker& yaml,
                                                   const YAML::Node& root) {
  std::vector<DerivedMeasure> derived;
  const YAML::Node node = root["measures"];
  if (!node) {
    return derived;
  }
  if (!node.IsMap()) {
    yaml.error(node, "wrong-type",
               "'measures' must be lines of 'measure.id: {sum: [parts]}' or "
               "'measure.id: {difference: [whole, parts]}'");
    return derived;
  }
  for (const auto& entry : node) {
    const YAML::Node definition = entry.second;
    DerivedMeasure measure;
    measure.measure = entry.first.Scalar();
    measure.line = entry.first.Mark().line + 1;
    if (!yaml.check_keys(definition, fmt::format("the derived measure '{}'", measure.measure),
                         {"sum", "difference"})) {
      continue;
    }
    if (!definition["sum"] && !definition["difference"]) {
      continue;  // its unknown key is reported
    }
    if (definition.size() != 1) {
      yaml.error(definition, "bad-derived-measure",
                 fmt::format("'{}' is either a sum or a difference, not both", measure.measure));
      continue;
    }
    const bool sum = static_cast<bool>(definition["sum"]);
    measure.operation =
        sum ? DerivedMeasure::Operation::sum : DerivedMeasure::Operation::difference;
    const auto parts = yaml.sequence(definition, sum ? "sum" : "difference");
    if (!parts) {
      continue;
    }
    for (const auto& part : *parts) {
      if (auto text = yaml.scalar(part, "a measure")) {
        measure.parts.push_back(std::move(*text));
      }
    }
    const std::size_t fewest = sum ? 1 : 2;
    if (measure.parts.size() < fewest) {
      yaml.error(definition, "bad-derived-measure",
                 fmt::format("'{}' needs {} to {}", measure.measure,
                             sum ? "a measure" : "a whole and at least one part",
                             sum ? "add up" : "take from it"));
      continue;
    }
    if (std::any_of(derived.begin(), derived.end(),
                    [&](const DerivedMeasure& d) { return d.measure == measure.measure; })) {
      yaml.error(entry.first, "bad-derived-measure",
                 fmt::format("'{}' is derived twice", measure.measure));
      continue;
    }
    derived.push_back(std::move(measure));
  }
  for (const DerivedMeasure& measure : derived) {
    std::vector<std::string> seen;
    if (made_from(derived, measure.measure, measure.measure, seen)) {
      yaml.error(node[measure.measure], "bad-derived-measure",
                 fmt::format("'{}' is made, through its parts, from itself", measure.measure),
                 "a derived measure's parts are measures that returns give, or that are derived "
                 "from those");
    }
  }
  return derived;
}

}  // namespace scdash::templates
