// OOXML character escapes: how Excel writes characters that XML cannot hold.
//
// XML 1.0 has no way to write most control characters, so Excel writes them as _xHHHH_ (the
// UTF-16 code unit in hex): a carriage return inside a cell is "_x000D_". A literal "_x" that
// would otherwise read as an escape is itself escaped as "_x005F_x".
#pragma once

#include <string>
#include <string_view>

namespace scdash::io::detail {

// Appends `text` to `out` with every _xHHHH_ escape replaced by its character in UTF-8. A
// surrogate pair written as two escapes becomes one character; a lone surrogate becomes U+FFFD.
void append_unescaped(std::string_view text, std::string& out);

// The characters of UTF-8 `text` as Excel counts them: UTF-16 code units.
std::size_t excel_character_count(std::string_view text);

// Whether Excel could hold `text` in one cell (kMaxCellCharacters). Cheap for the usual short
// text, which cannot have more characters than bytes.
bool fits_in_cell(std::string_view text);

}  // namespace scdash::io::detail
