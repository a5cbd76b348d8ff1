// Printing diagnostics for a person at a terminal: grouped by file, the files with errors
// first, and within each file the most severe first; a blank line between files.
#pragma once

#include <cstdio>

#include "scdash/core/diagnostic.hpp"

namespace scdash::cli {

void print_diagnostics(std::FILE* out, core::Diagnostics diagnostics);

}  // namespace scdash::cli
