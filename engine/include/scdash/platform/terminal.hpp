// The terminal a front end writes to: whether it is one (so that a progress line may be redrawn
// in place), how wide it is, and whether it may be written in colour.
//
//   if (scdash::platform::colour_allowed(stderr)) { ... "\x1b[1;31merror\x1b[0m" ... }
#pragma once

#include <cstddef>
#include <cstdio>

namespace scdash::platform {

// Readies the console for what scdash writes: on Windows, its code page UTF-8 and its
// virtual-terminal processing (colour) on, where the console has it; nothing elsewhere.
void set_up_console();

// Whether `stream` is a terminal.
bool is_terminal(std::FILE* stream);

// Whether text written to `stream` may be coloured: it is a terminal and NO_COLOR
// (https://no-color.org) is unset or empty.
bool colour_allowed(std::FILE* stream);

// The width of the terminal `stream` writes to, in characters; 80 when it is not a terminal or
// does not say.
std::size_t terminal_width(std::FILE* stream);

}  // namespace scdash::platform
