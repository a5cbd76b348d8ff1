// Partner text on a terminal: a return's name, a sheet's name or a cell's text may hold a line
// break or an escape sequence, which printed raw would forge lines ("error: ...") or colours. Such
// text is shown escaped, so that each diagnostic stays one line that says what it says.
#pragma once

#include <string>
#include <string_view>

namespace scdash::cli {

// `text` with each control character (C0, DEL and C1) written as an escape: "\n", "\r", "\t",
// "\x1b" and so on, and bytes that are not UTF-8 as U+FFFD. Other characters, those beyond
// ASCII included, are kept as they are.
std::string terminal_safe(std::string_view text);

}  // namespace scdash::cli
