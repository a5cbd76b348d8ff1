// Population: how many people (or households) live in an area in a year.
//
// Rates divide counts by populations, and populations change every year (ONS
// mid-year estimates), so they are reference data with a vintage, never constants.
//
//   const scdash::core::Population* blaby =
//       populations.best_for("E07000129", 2025, scdash::core::Denominator::persons);
//   const double rate = count / *blaby->count(scdash::core::Denominator::persons) * 10000;
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace scdash::core {

enum class Denominator { persons, households, adult_females };

std::string_view denominator_name(Denominator denominator);

// The measure by which a return gives the denominator, such as ONS's mid-year estimates read
// through a mapping: "population.persons", "population.households", "population.adult_females".
std::string_view population_measure(Denominator denominator);

struct Population {
  std::string area_code;
  int year = 0;
  std::optional<double> persons;
  std::optional<double> households;
  std::optional<double> adult_females;  // women aged 16 and over
  std::string vintage;                  // e.g. "Census 2021"
  std::string source;

  std::optional<double> count(Denominator denominator) const;
};

class PopulationTable {
 public:
  void add(Population population) { rows_.push_back(std::move(population)); }

  // The figure for `year`, or failing that the latest earlier year that has the denominator;
  // nullptr when there is none. Of two for the same year, the one added last: a return's
  // estimate comes before the reference file's.
  const Population* best_for(std::string_view area_code, int year, Denominator denominator) const;

 private:
  std::vector<Population> rows_;
};

}  // namespace scdash::core
