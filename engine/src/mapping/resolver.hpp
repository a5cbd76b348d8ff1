// Resolver: turns what a return writes into a figure's dimensions.
//
// Area names become GSS codes through the reference data and the mapping's own
// area_aliases; measure labels become measure ids through the mapping's measures table;
// period texts and dates become periods. What cannot be resolved comes back as a problem
// with the nearest known name, for the reader to report at the cell.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "scdash/core/area.hpp"
#include "scdash/core/diagnostic.hpp"
#include "scdash/core/expected.hpp"
#include "scdash/core/period.hpp"
#include "scdash/io/cell.hpp"
#include "scdash/mapping/mapping.hpp"

namespace scdash::mapping {

struct Resolved {
  std::string id;       // an area code or a measure id
  core::Period period;  // a period
  int line = 0;         // a measure named through the measures table: that entry's line
};

struct Unresolved {
  std::string code;  // e.g. "area-unknown"
  std::string message;
  std::string hint;
  std::string suggestion;  // the nearest known name, when one is close enough to be a typo

  // The message, then what follows from it (", so its 2 figures are not used"), then the
  // suggestion: "unknown area 'Blabby', so ...; did you mean 'Blaby'?".
  std::string said(std::string_view consequence = {}) const;
};

using Resolution = core::Expected<Resolved, Unresolved>;

// The code of an area the mapping lists as outside the partnership: not a problem, but a row to
// leave out and count as left out.
inline constexpr std::string_view kAreaOutside = "area-outside";

inline bool is_outside(const Resolution& resolution) {
  return !resolution && resolution.error().code == kAreaOutside;
}

class Resolver {
 public:
  // An area_aliases entry naming no known area is left out (check_area_aliases reports it).
  Resolver(const Mapping& mapping, const core::AreaDirectory& areas);

  // `rolling` makes a period the 12 months to its last month.
  Resolution resolve(Dimension dimension, const io::Cell& cell, bool rolling) const;
  Resolution resolve_text(Dimension dimension, std::string_view text, bool rolling) const;

  // A value of the table's column for `dimension`. The area column's values go through its
  // 'pattern' ("Charnwood 012A" through "(*) ????" is Charnwood) and 'lookup' first, when it
  // has them; an area it lists as 'outside' is kAreaOutside.
  Resolution resolve_column(Dimension dimension, const io::Cell& cell, bool rolling) const;
  Resolution resolve_area_column_text(std::string_view text) const;

 private:
  Resolution area(std::string_view text) const;
  Resolution measure(std::string_view text) const;

  const core::AreaDirectory& areas_;
  const Mapping& mapping_;
  std::map<std::string, const core::Area*, std::less<>> extra_areas_;     // normalised alias
  std::vector<std::pair<std::string, const core::Area*>> area_patterns_;  // glob aliases
  struct MeasureLabel {
    std::string id;
    std::string label;  // as written, for suggestions
    int line = 0;
  };
  std::map<std::string, MeasureLabel, std::less<>> measures_;  // normalised label
  std::vector<std::string> measure_ids_;
};

}  // namespace scdash::mapping
