#include "mapping/mapping_fixture.hpp"

#include <fmt/format.h>
#include <catch2/catch.hpp>

#include "scdash/mapping/load.hpp"

namespace scdash::testing {

core::AreaDirectory test_areas() {
  core::AreaDirectory areas;
  REQUIRE_FALSE(areas.add({kLeicestershire, "Leics", "Leicestershire", {}, ""}));
  REQUIRE_FALSE(areas.add({kBlaby, "B", "Blaby", {}, kLeicestershire}));
  REQUIRE_FALSE(areas.add({kCharnwood, "C", "Charnwood", {}, kLeicestershire}));
  REQUIRE_FALSE(areas.add({kHinckley, "HB", "Hinckley and Bosworth", {"H&B"}, kLeicestershire}));
  REQUIRE_FALSE(areas.add({kRutland, "R", "Rutland", {}, ""}));
  return areas;
}

mapping::Mapping load_mapping(const std::string& yaml, const std::string& name) {
  core::Diagnostics diagnostics;
  auto loaded = mapping::parse_mapping(yaml, name, diagnostics);
  INFO(listing(diagnostics));
  REQUIRE(loaded);
  REQUIRE(diagnostics.empty());
  return *loaded;
}

core::Diagnostics mapping_errors(const std::string& yaml, const std::string& name) {
  core::Diagnostics diagnostics;
  const auto loaded = mapping::parse_mapping(yaml, name, diagnostics);
  CHECK_FALSE(loaded);
  CHECK(core::has_errors(diagnostics));
  return diagnostics;
}

std::vector<std::string> codes(const core::Diagnostics& diagnostics) {
  std::vector<std::string> result;
  for (const auto& d : diagnostics) {
    result.push_back(d.code);
  }
  return result;
}

std::vector<std::string> problem_codes(const core::Diagnostics& diagnostics) {
  std::vector<std::string> result;
  for (const auto& d : diagnostics) {
    if (d.severity != core::Severity::info) {
      result.push_back(d.code);
    }
  }
  return result;
}

std::string compact(const core::Observation& observation) {
  const core::Period& period = observation.period;
  const std::string when = period.first == period.last
                               ? period.first.iso()
                               : period.first.iso() + ".." + period.last.iso();
  const std::string value =
      observation.rejected_because     ? fmt::format("rejected({})", *observation.rejected_because)
      : observation.unavailable_reason ? fmt::format("n/a({})", *observation.unavailable_reason)
      : observation.text               ? fmt::format("\"{}\"", *observation.text)
                                       : fmt::format("{}", observation.value);
  return fmt::format("{} {} {} {} {}", observation.measure, observation.area_code, when, value,
                     core::to_a1(observation.source.cell));
}

std::vector<std::string> compact(const mapping::Extraction& extraction) {
  std::vector<std::string> result;
  for (const auto& observation : extraction.observations) {
    result.push_back(compact(observation));
  }
  return result;
}

std::string listing(const core::Diagnostics& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics) {
    out += d.to_string() + (d.hint.empty() ? "" : "\n  hint: " + d.hint) + "\n";
  }
  return out;
}

}  // namespace scdash::testing
