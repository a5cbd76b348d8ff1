// Diagnostic: one problem scdash found, said the way a compiler says it:
//
//   returns/police.xlsx!Districts!C7: error: expected a number, found "n/a" [value-not-number]
//   mappings/police.yaml:14:9: error: unknown key 'colum'; did you mean 'column'?
//
// The code in brackets is stable so that documentation, tests and analysts' notes can refer to it.
//
//   diagnostics.push_back(scdash::core::Diagnostic::error(
//       "value-not-number", "expected a number, found \"n/a\"",
//       scdash::core::Location::at_cell("returns/police.xlsx", "Districts", {6, 2})));
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "scdash/core/cell_ref.hpp"

namespace scdash::core {

enum class Severity { error, warning, info };

std::string_view severity_name(Severity severity);

// Where a problem is: a place in a return (file, sheet, cell) or in a text file (file, line,
// column).
struct Location {
  std::string file;
  std::string sheet;            // empty outside workbooks
  std::optional<CellRef> cell;  // set for a cell in a sheet
  int line = 0;                 // 1-based; 0 when not a text position
  int column = 0;               // 1-based; 0 when unknown

  static Location in_file(std::string file) { return {std::move(file), {}, {}, 0, 0}; }
  static Location in_sheet(std::string file, std::string sheet) {
    return {std::move(file), std::move(sheet), {}, 0, 0};
  }
  static Location at_cell(std::string file, std::string sheet, CellRef cell) {
    return {std::move(file), std::move(sheet), cell, 0, 0};
  }
  static Location at_text(std::string file, int line, int column) {
    return {std::move(file), {}, {}, line, column};
  }

  // "file!sheet!C7", "file!sheet", "file:14:9" or "file".
  std::string to_string() const;
};

struct Diagnostic {
  Severity severity = Severity::error;
  std::string code;     // stable identifier, e.g. "value-not-number"
  std::string message;  // one sentence, no trailing full stop
  Location location;
  std::string hint;  // optional advice on how to fix it

  static Diagnostic error(std::string code, std::string message, Location location,
                          std::string hint = {}) {
    return {Severity::error, std::move(code), std::move(message), std::move(location),
            std::move(hint)};
  }
  static Diagnostic warning(std::string code, std::string message, Location location,
                            std::string hint = {}) {
    return {Severity::warning, std::move(code), std::move(message), std::move(location),
            std::move(hint)};
  }
  static Diagnostic info(std::string code, std::string message, Location location,
                         std::string hint = {}) {
    return {Severity::info, std::move(code), std::move(message), std::move(location),
            std::move(hint)};
  }

  // The one-line form shown above, without the hint.
  std::string to_string() const;
};

using Diagnostics = std::vector<Diagnostic>;

bool has_errors(const Diagnostics& diagnostics);
std::size_t count_errors(const Diagnostics& diagnostics);
// Errors whose code ends in "-unreadable": a file or folder could not be read at all (missing,
// no permission, changed while read), a failure of the machine rather than of the data.
std::size_t count_unreadable(const Diagnostics& diagnostics);

}  // namespace scdash::core
