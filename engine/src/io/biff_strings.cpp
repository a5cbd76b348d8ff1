#include "io/biff_strings.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "io/text_encoding.hpp"

namespace scdash::io::detail {
namespace {

constexpr std::uint8_t kWideCharacters = 0x01;
constexpr std::uint8_t kPhoneticData = 0x04;
constexpr std::uint8_t kRichTextRuns = 0x08;
constexpr std::size_t kRunBytes = 4;
// The smallest string a table can hold: a two-byte count and a flag byte.
constexpr std::size_t kSmallestString = 3;

constexpr char32_t kReplacementCharacter = 0xFFFD;

bool is_windows_1252(std::uint16_t code_page) {
  // 1252, and 0x8001, which BIFF writers also use for it.
  return code_page == 1252 || code_page == 0x8001;
}

}  // namespace

void BiffStringReader::read(BiffCursor& cursor, std::size_t count_bytes, std::string& out) {
  const std::size_t count = count_bytes == 1 ? cursor.u8() : cursor.u16();
  if (version_ == BiffVersion::biff8) {
    read_utf16(cursor, count, out);
  } else {
    read_code_page(cursor, count, out);
  }
}

void BiffStringReader::read_utf16(BiffCursor& cursor, std::size_t count, std::string& out) {
  const std::uint8_t flags = cursor.u8();
  const std::size_t runs = (flags & kRichTextRuns) != 0 ? cursor.u16() : 0;
  const std::size_t phonetic = (flags & kPhoneticData) != 0 ? cursor.u32() : 0;
  bool wide = (flags & kWideCharacters) != 0;
  units_.clear();
  while (units_.size() < count && !cursor.overrun()) {
    // The characters go on in the next CONTINUE record, after a flag byte of their own.
    if (cursor.at_piece_start()) {
      wide = (cursor.u8() & kWideCharacters) != 0;
      continue;
    }
    const std::size_t width = wide ? 2 : 1;
    const std::size_t fit = std::min(count - units_.size(), cursor.left_in_piece() / width);
    if (fit == 0) {
      cursor.fail();  // the record ends here, or a character is cut in half
      break;
    }
    const std::string_view bytes = cursor.bytes(fit * width);
    for (std::size_t i = 0; i < bytes.size(); i += width) {
      const auto low = static_cast<unsigned char>(bytes[i]);
      const auto high = wide ? static_cast<unsigned char>(bytes[i + 1]) : 0U;
      units_ += static_cast<char16_t>(low | high << 8);
    }
  }
  cursor.skip(runs * kRunBytes);
  cursor.skip(phonetic);
  append_utf16_as_utf8(units_, out);
}

void BiffStringReader::read_code_page(BiffCursor& cursor, std::size_t count, std::string& out) {
  const std::string_view bytes = cursor.bytes(count);
  if (is_windows_1252(code_page_)) {
    append_windows_1252_as_utf8(bytes, out);
    return;
  }
  // Every code page Excel wrote agrees with ASCII below 0x80.
  for (const char c : bytes) {
    if (static_cast<unsigned char>(c) < 0x80) {
      out += c;
    } else {
      append_utf8(kReplacementCharacter, out);
      lost_characters_ = true;
    }
  }
}

core::Expected<BiffSharedStrings, std::string> BiffSharedStrings::read(const BiffRecord& record) {
  BiffCursor cursor(record);
  cursor.skip(4);  // the count of cells that use the table
  const std::uint32_t claimed = cursor.u32();
  BiffSharedStrings table;
  // The claimed count is not trusted for allocation: the data bounds how many strings there are.
  table.ends_.reserve(std::min<std::size_t>(claimed, cursor.remaining() / kSmallestString));
  table.text_.reserve(cursor.remaining());
  BiffStringReader strings(BiffVersion::biff8, 1200);
  while (cursor.remaining() > 0) {
    strings.read(cursor, 2, table.text_);
    if (cursor.overrun()) {
      // Bytes after the last claimed string are padding, not a string cut short.
      if (table.size() >= claimed) {
        table.text_.resize(table.size() == 0 ? 0 : table.ends_.back());
        break;
      }
      return core::unexpected(fmt::format(
          "the shared-string table (SST record at byte {} of the workbook stream) ends inside "
          "its string {} of {}",
          record.offset, table.size() + 1, claimed));
    }
    table.ends_.push_back(table.text_.size());
  }
  return table;
}

}  // namespace scdash::io::detail
