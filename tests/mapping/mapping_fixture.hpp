// Helpers shared by the mapping tests: a small area directory, loading mapping text that must
// be right (or must be wrong), and observations written compactly so that a whole extraction
// can be compared in one CHECK.
#pragma once

#include <string>
#include <vector>

#include "scdash/core/area.hpp"
#include "scdash/core/diagnostic.hpp"
#include "scdash/mapping/extract.hpp"
#include "scdash/mapping/mapping.hpp"

namespace scdash::testing {

inline constexpr const char* kBlaby = "E07000129";
inline constexpr const char* kCharnwood = "E07000130";
inline constexpr const char* kHinckley = "E07000132";
inline constexpr const char* kLeicestershire = "E10000018";
inline constexpr const char* kRutland = "E06000017";

// Excel serials of the first day of some months.
inline constexpr double kApril2025 = 45748;
inline constexpr double kMay2025 = 45778;
inline constexpr double kJune2025 = 45809;

// Leicestershire, Blaby, Charnwood, Hinckley and Bosworth (alias H&B) and Rutland.
core::AreaDirectory test_areas();

// Parses mapping text that must load cleanly (the test fails with the diagnostics otherwise).
mapping::Mapping load_mapping(const std::string& yaml, const std::string& name = "test.yaml");
// Parses mapping text that must be refused, and returns what was reported.
core::Diagnostics mapping_errors(const std::string& yaml, const std::string& name = "test.yaml");

std::vector<std::string> codes(const core::Diagnostics& diagnostics);
// The codes of the errors and warnings only.
std::vector<std::string> problem_codes(const core::Diagnostics& diagnostics);

// "crime.total E07000129 2025-04 410 B5": measure, area, period (first..last when longer than a
// month), value ("n/a(reason)" when not available, "\"R\"" when read as text), and cell.
std::string compact(const core::Observation& observation);
std::vector<std::string> compact(const mapping::Extraction& extraction);

// Every diagnostic as one line, for INFO() when a check fails.
std::string listing(const core::Diagnostics& diagnostics);

}  // namespace scdash::testing
