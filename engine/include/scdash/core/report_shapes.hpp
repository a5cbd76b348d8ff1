// The JSON shapes that report.json and 'scdash run --json' share, written by one function each
// so that the two never drift apart.
//
//   scdash::core::JsonWriter json;
//   scdash::core::write_diagnostic(json, diagnostic);
#pragma once

#include "scdash/core/cell_account.hpp"
#include "scdash/core/diagnostic.hpp"
#include "scdash/core/json_writer.hpp"

namespace scdash::core {

// {"severity": "error", "code": "...", "location": "file!sheet!C7", "message": "...", "hint":
// "..."} (no "hint" when there is none).
void write_diagnostic(JsonWriter& json, const Diagnostic& diagnostic);

// {"non_empty": N, "read": N, "with_problems": N, "left_out_by_where": N}: the non-empty cells
// of mapped regions and what became of them.
void write_cell_account(JsonWriter& json, const CellAccount& cells);

}  // namespace scdash::core
