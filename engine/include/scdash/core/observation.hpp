// Observation: one number a return supplied, and exactly where it came from.
//
//   scdash::core::Observation figure{"crime.total", "E07000129", period, 410, source};
//   if (figure.usable()) { sum += figure.value; }
#pragma once

#include <optional>
#include <string>

#include "scdash/core/cell_ref.hpp"
#include "scdash/core/diagnostic.hpp"
#include "scdash/core/period.hpp"

namespace scdash::core {

// The cell a figure was read from and the mapping rule that read it.
struct SourceRef {
  std::string file;
  std::string sheet;
  CellRef cell;
  std::string mapping_file;
  int mapping_line = 0;

  Location location() const { return Location::at_cell(file, sheet, cell); }
};

struct Observation {
  std::string measure;    // e.g. "crime.total"
  std::string area_code;  // GSS code, e.g. "E07000129"
  Period period;
  double value = 0;
  SourceRef source;
  // Set when the return marks the figure as not available (suppressed "*", "-", "n/a" ...,
  // as the mapping declares): the reason to show, and `value` is then meaningless (0).
  // Code that sums figures must treat such an observation as a missing figure, never as 0.
  // Initialised explicitly so that five-field brace initialisations stay warning-free.
  std::optional<std::string> unavailable_reason = std::nullopt;
  // Set when an error rejects the figure (a cell that is not a number, or a validation rule):
  // the error, as the dashboard shows it. Computing then treats the figure as missing, with
  // this reason, exactly as it treats one marked not available.
  std::optional<std::string> rejected_because = std::nullopt;
  // Set for a measure its mapping reads as text (`values: {text: [...]}`), such as a RAG a
  // partner sets by hand and the reason for it: the cell's text as written, and `value` is then
  // meaningless (0). Text rides beside the number rather than in it, so that no numeric rule or
  // sum can mistake it for a figure: only the rules that ask for a measure's text read it.
  std::optional<std::string> text = std::nullopt;

  // Whether the figure may be computed with: neither marked not available nor rejected.
  bool usable() const { return !unavailable_reason && !rejected_because; }

  // Whether `other` gives the same figure: the same number, or the same text, or both marked
  // not available.
  bool same_figure(const Observation& other) const {
    if (unavailable_reason || other.unavailable_reason) {
      return unavailable_reason.has_value() == other.unavailable_reason.has_value();
    }
    return value == other.value && text == other.text;
  }
};

}  // namespace scdash::core
