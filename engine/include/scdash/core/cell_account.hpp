// CellAccount: what became of every non-empty cell inside a mapped region.
//
// Nothing is lost silently: each such cell is read into a figure, covered by a diagnostic,
// or left out on purpose by the mapping's 'where'. Mapping keeps this account as it reads,
// and a run carries it for every return into its summary and report.json.
//
//   scdash::core::CellAccount cells{10, 8, 1, 1};  // non-empty, used, reported, excluded
//   cells.balances();                               // true
#pragma once

#include <cstddef>

namespace scdash::core {

struct CellAccount {
  std::size_t non_empty = 0;  // the non-empty cells of the region (for records, its rows)
  std::size_t used = 0;       // read into a figure (for records, counted into one)
  std::size_t reported = 0;   // covered by an error or warning
  std::size_t excluded = 0;   // left out on purpose by the mapping's 'where'

  bool balances() const { return non_empty == used + reported + excluded; }

  CellAccount& operator+=(const CellAccount& other) {
    non_empty += other.non_empty;
    used += other.used;
    reported += other.reported;
    excluded += other.excluded;
    return *this;
  }

  // Takes back cells counted before: `other` must be part of this account.
  CellAccount& operator-=(const CellAccount& other) {
    non_empty -= other.non_empty;
    used -= other.used;
    reported -= other.reported;
    excluded -= other.excluded;
    return *this;
  }
};

}  // namespace scdash::core
