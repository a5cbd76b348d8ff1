// ValidateFixture: a clean quarter that no rule objects to, for each rule's test to spoil in
// exactly one way.
//
// A county (E1) of three districts, Ash (A), Beech (B) and Cedar (C), each with monthly crime
// figures of 100 from Oct 2023 to Sep 2025 in returns/police.xlsx (a row per district from row
// 5, a column per month from B); the county's MARAC cases (20 a month) and repeat cases (6) in
// returns/marac.xlsx; two survey waves in returns/survey.xlsx; 2024 populations. The quarter
// is 2025/26 Q2.
#pragma once

#include <string>
#include <vector>

#include "scdash/validate.hpp"

namespace scdash::testing {

struct ValidateFixture {
  ValidateFixture();

  void add(const std::string& measure, const std::string& area, core::Period period, double value,
           const std::string& file, core::CellRef cell);
  // The observation of `measure` for `area` in `month`; fails the test when there is none.
  core::Observation& at(const std::string& measure, const std::string& area, core::Month month);
  std::size_t index_of(const core::Observation& observation) const {
    return static_cast<std::size_t>(&observation - observations.data());
  }
  // Removes every observation that `matches`.
  template <class Predicate>
  void remove_if(Predicate matches) {
    std::erase_if(observations, matches);
  }

  validate::Validation validate() const;

  core::AreaDirectory areas;
  core::PopulationTable populations;
  templates::Catalogue catalogue;
  std::vector<core::Observation> observations;
  core::FinancialQuarter quarter{2025, 2};
};

std::vector<std::string> codes(const core::Diagnostics& diagnostics);

inline constexpr core::Month kFirstMonth = core::Month::of(2023, 10);

}  // namespace scdash::testing
