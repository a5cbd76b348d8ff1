// Printing diagnostics for a person at a terminal: grouped by file, most severe first.
#pragma once

#include <cstdio>

#include "scdash/core/diagnostic.hpp"

namespace scdash::cli {

void print_diagnostics(std::FILE* out, core::Diagnostics diagnostics);

}  // namespace scdash::cli
