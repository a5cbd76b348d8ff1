// Reading a figure from a cell: a number, a declared "not available" marker, or a problem.
#pragma once

#include <string>

#include "scdash/io/cell.hpp"
#include "scdash/mapping/mapping.hpp"

namespace scdash::mapping {

struct ValueReading {
  enum class Kind { number, text, not_available, problem };
  Kind kind = Kind::problem;
  double number = 0;   // Kind::number
  std::string text;    // Kind::text: the cell's text, trimmed
  std::string reason;  // Kind::not_available: the reason the mapping gives for the marker
  std::string code;    // Kind::problem: value-not-number or value-error-cell
  std::string message;
  std::string hint;
};

// Numbers, numbers stored as text ("1,234", " 56 ", and "12%" when the rules say percent),
// and the rules' markers; anything else is a problem. Never reads a marker as zero.
ValueReading read_value(const io::Cell& cell, const ValueRules& rules);

// A measure read as text (ValueRules::text_measures): the cell's text as written, trimmed (a
// number cell's as Excel shows it), or one of the rules' markers; an Excel error such as #N/A
// is a problem.
ValueReading read_text(const io::Cell& cell, const ValueRules& rules);

}  // namespace scdash::mapping
