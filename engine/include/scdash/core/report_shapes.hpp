// The JSON shapes that report.json, 'scdash run --json' and the page's engine share, written by
// one function each so that they never drift apart.
//
//   scdash::core::JsonWriter json;
//   scdash::core::write_diagnostic(json, diagnostic);
#pragma once

#include "scdash/core/cell_account.hpp"
#include "scdash/core/diagnostic.hpp"
#include "scdash/core/json_writer.hpp"
#include "scdash/core/observation.hpp"
#include "scdash/core/period.hpp"

namespace scdash::core {

// {"severity": "error", "code": "...", "location": "file!sheet!C7", "message": "...", "hint":
// "..."} (no "hint" when there is none).
void write_diagnostic(JsonWriter& json, const Diagnostic& diagnostic);
// [diagnostic, ...], each as write_diagnostic writes it.
void write_diagnostics(JsonWriter& json, const Diagnostics& diagnostics);

// {"non_empty": N, "read": N, "with_problems": N, "left_out_by_where": N}: the non-empty cells
// of mapped regions and what became of them.
void write_cell_account(JsonWriter& json, const CellAccount& cells);

// {"first": "2025-07-01", "last": "2025-09-30", "label": "..."}.
void write_period(JsonWriter& json, const Period& period);

// One figure a return gave: what, where from, and whether it could be used: {"measure", "area"
// (its code), "period", "value" (null when not usable), "not_available" and "rejected" (when
// so), "cell", "mapping" ("file:line")}.
void write_observation(JsonWriter& json, const Observation& observation);

}  // namespace scdash::core
