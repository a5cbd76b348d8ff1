#include "scdash/core/population.hpp"

namespace scdash::core {

std::string_view denominator_name(Denominator denominator) {
  switch (denominator) {
    case Denominator::persons:
      return "population";
    case Denominator::households:
      return "households";
    case Denominator::adult_females:
      return "women aged 16 and over";
  }
  return "population";
}

std::string_view population_measure(Denominator denominator) {
  switch (denominator) {
    case Denominator::persons:
      return "population.persons";
    case Denominator::households:
      return "population.households";
    case Denominator::adult_females:
      return "population.adult_females";
  }
  return "population.persons";
}

std::optional<double> Population::count(Denominator denominator) const {
  switch (denominator) {
    case Denominator::persons:
      return persons;
    case Denominator::households:
      return households;
    case Denominator::adult_females:
      return adult_females;
  }
  return std::nullopt;
}

const Population* PopulationTable::best_for(std::string_view area_code, int year,
                                            Denominator denominator) const {
  const Population* best = nullptr;
  for (const auto& row : rows_) {
    if (row.area_code != area_code || row.year > year || !row.count(denominator)) {
      continue;
    }
    if (best == nullptr || row.year >= best->year) {  // of one year's two, the later added
      best = &row;
    }
  }
  return best;
}

}  // namespace scdash::core
