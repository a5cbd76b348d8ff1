// XlsxLimits: the bounds that keep a hostile or broken .xlsx file from exhausting memory or time.
//
// Every bound is far beyond what Excel itself writes, so no genuine return meets one; a file that
// does is refused with a diagnostic instead of being allowed to run the machine out of memory.
#pragma once

#include <cstddef>
#include <cstdint>

namespace scdash::io::detail {

struct XlsxLimits {
  // The largest decompressed size of one part (a sheet's XML, the shared strings).
  std::uint64_t max_part_bytes = std::uint64_t{4} << 30;
  // Parts bigger than this may not expand more than max_compression_ratio times. Deflate cannot
  // pass about 1032:1 and real sheets stay far below 100:1, so more is a zip bomb's signature.
  std::uint64_t ratio_checked_above_bytes = std::uint64_t{1} << 20;
  std::uint64_t max_compression_ratio = 1000;
  // The shared-string table is the one structure held whole in memory.
  std::size_t max_shared_strings = std::size_t{1} << 25;
  std::uint64_t max_shared_string_bytes = std::uint64_t{1} << 30;
};

// The most entries any list in a part may hold (relationships, sheets, cell formats, merged
// ranges): Excel's own limits are far lower, and each entry costs memory.
inline constexpr std::size_t kMaxListEntries = std::size_t{1} << 20;

// The deepest any part's elements may nest. Excel's parts nest about ten deep; each open element
// costs the XML parser memory, so a part of millions of unclosed elements would exhaust it.
inline constexpr std::size_t kMaxXmlDepth = 1'000;

// Excel's own limit on the characters (UTF-16 code units) in one cell.
inline constexpr std::size_t kMaxCellCharacters = 32'767;

// The most XML text one cell's value can take before decoding: every character written as a
// seven-byte _xHHHH_ escape. Collecting stops there, so a runaway cell cannot fill memory.
inline constexpr std::size_t kMaxCellTextBytes = 7 * kMaxCellCharacters;

}  // namespace scdash::io::detail
