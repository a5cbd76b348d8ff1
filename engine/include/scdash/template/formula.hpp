// Formula: how an indicator's figure is made from the measures that returns supply, and all that
// follows from its kind: what it reads, how its parts combine, how its uncertainty is measured,
// what its measures must look like, how a figure's note explains it.
//
// Each kind is one entry in formula.cpp (its traits and how dashboard.yaml writes it). Computing,
// validation and the notes read a kind's traits and never ask which kind it is, so a new kind
// made of known parts touches that one file and its test.
//
//   const Formula& formula = indicator.formula;
//   if (formula.traits().divisor == Divisor::population) { ... a population is needed ... }
//   const double value = numerator / denominator * formula.multiplier();
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "scdash/core/population.hpp"

namespace scdash::templates {

enum class FormulaKind {
  rate,        // measure ÷ population × rate_per
  percentage,  // measure ÷ denominator_measure × 100
  count,       // measure, summed
  ratio,       // measure ÷ denominator_measure (e.g. re-offences per offender)
  value,       // measure as reported (a survey percentage, the IOM reduction)
};

// What divides the measure summed over the months.
enum class Divisor {
  none,        // nothing: the sum is the figure
  population,  // the area's population (or households) for the period's year
  measure,     // a second measure, summed over the same months
};

// How a figure's uncertainty is measured, to compare areas (Fingertips' methods).
enum class IntervalMethod {
  none,        // not compared
  counts,      // Byar's method for the count (exact Poisson under 10), scaled as the figure is
  proportion,  // Wilson's score interval of the numerator among the denominator
};

struct FormulaKindTraits {
  FormulaKind kind = FormulaKind::count;
  std::string_view key;   // how dashboard.yaml names it: "rate", "percentage", ...
  bool reported = false;  // the measure's latest reported value, as it is; else summed over months
  Divisor divisor = Divisor::none;
  double multiplier = 1;  // of the quotient; a rate's is its own `per`
  IntervalMethod interval = IntervalMethod::none;
  bool counts = false;         // its measures are counts: whole numbers, zero or more
  bool part_of_whole = false;  // the numerator cannot exceed the denominator
  // Districts' figures are alike enough to compare with the county's and with each other.
  bool compared_across_areas = false;
  bool percentage = false;  // a percentage: it changes by percentage points
  int decimals = 2;         // shown, unless the indicator says otherwise
  // The note that explains a figure, with the fields {period}, {sources}, {measure},
  // {denominator_measure}, {numerator}, {denominator}, {multiplier} (with thousands separators),
  // {population} (its name), {vintage}, {percent} ("%" for a reported percentage) and {value}.
  std::string_view note;
};

// Every kind, in the order docs and messages list them.
const std::vector<FormulaKindTraits>& formula_kinds();

struct Formula {
  FormulaKind kind = FormulaKind::rate;
  std::string measure;              // the count, numerator or reported value
  std::string denominator_measure;  // when the divisor is a measure
  double rate_per = 10000;          // when the divisor is a population
  core::Denominator population = core::Denominator::persons;  // likewise
  bool reported_percentage = false;  // a reported value that is a percentage

  const FormulaKindTraits& traits() const;
  // Percentages change by percentage points, everything else by per cent.
  bool is_percentage() const { return traits().percentage || reported_percentage; }
  // What the quotient is multiplied by: a rate's `per`, 100 for a percentage, else 1.
  double multiplier() const;
  // The measures it reads: the numerator (or value), then the denominator's when it has one.
  std::vector<std::string> measures() const;
};

}  // namespace scdash::templates
