// CellRef: the address of one cell in a sheet, as Excel names it ("C7").
//
// Rows and columns are zero-based inside the program and shown one-based in
// A1 notation to people, because every message about a cell is read next to Excel.
//
//   scdash::core::to_a1({6, 2});  // "C7"
//   scdash::core::parse_a1("C7");  // CellRef{6, 2}
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace scdash::core {

// Excel's own limits: 1,048,576 rows and 16,384 columns (XFD).
inline constexpr std::uint32_t kMaxRows = 1'048'576;
inline constexpr std::uint32_t kMaxColumns = 16'384;

struct CellRef {
  std::uint32_t row = 0;     // 0-based
  std::uint32_t column = 0;  // 0-based

  auto operator<=>(const CellRef&) const = default;
};

// "A" for 0, "Z" for 25, "AA" for 26 ... "XFD" for 16383.
std::string column_name(std::uint32_t column);

// "C7" for {row 6, column 2}.
std::string to_a1(CellRef ref);

// Parses "C7", "$C$7" or "c7"; nullopt when the text is not a reference inside Excel's limits.
std::optional<CellRef> parse_a1(std::string_view text);

// Parses a column name alone ("C", "AA"); nullopt when invalid or beyond XFD.
std::optional<std::uint32_t> parse_column_name(std::string_view text);

}  // namespace scdash::core
