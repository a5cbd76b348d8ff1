// Printing diagnostics for a person at a terminal: grouped by file, the files with errors
// first, and within each file the most severe first; a blank line between files. The severity
// word is in colour when `out` is a terminal and NO_COLOR is not set.
#pragma once

#include <cstdio>

#include "scdash/core/diagnostic.hpp"

namespace scdash::cli {

// Prints the diagnostics at least as severe as `least`. When infos are left out but warnings
// are shown, a last line says how many infos there were and that --verbose lists them.
void print_diagnostics(std::FILE* out, core::Diagnostics diagnostics,
                       core::Severity least = core::Severity::info);

}  // namespace scdash::cli
