// A diagnostic as a JSON object, the one shape that report.json and 'scdash run --json' share:
// {"severity": "error", "code": "...", "location": "file!sheet!C7", "message": "...", "hint":
// "..."} (no "hint" when there is none).
#pragma once

#include "core/json_writer.hpp"
#include "scdash/core/diagnostic.hpp"

namespace scdash::core {

void write_diagnostic(JsonWriter& json, const Diagnostic& diagnostic);

}  // namespace scdash::core
