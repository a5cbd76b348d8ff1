// The financial year to date figures (April to September) the example is made to reproduce:
// those seed 004 quotes, and invented ones where it quotes none (examples/police-and-crime-plan/
// README.md lists which are which).
#pragma once

#include <cstddef>
#include <optional>

#include "crime_types.hpp"
#include "police_areas.hpp"

namespace examples::police {

// April to September 2024 (the previous year) and April to September 2025 (the current).
struct YearToDate {
  int previous;
  int current;
};

// A BCU's recorded crimes, and their positive outcomes.
YearToDate bcu_crimes(Bcu bcu, CrimeType type);
YearToDate bcu_outcomes(Bcu bcu, CrimeType type);

// An LPU's recorded crimes where seed 004 quotes its change, which fixes both years.
std::optional<YearToDate> quoted_lpu_crimes(std::size_t lpu, CrimeType type);

// How an LPU's previous year's crimes compare with its BCU's other LPUs' (a relative weight),
// where seed 004 does not quote them.
double lpu_weight(std::size_t lpu, CrimeType type);

}  // namespace examples::police
