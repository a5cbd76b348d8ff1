// BIFF strings: the text of an .xls workbook, as BIFF8 and BIFF5 store it.
//
// BIFF8 (Excel 97-2003) stores text in UTF-16: each string has a flag byte saying whether its
// characters take two bytes each, or one ("compressed": only U+0000-U+00FF, the high byte
// dropped), and whether rich-text runs or East Asian phonetic data follow the characters. A
// string may cross into a CONTINUE record, where its characters go on after a fresh flag byte,
// possibly of the other width. BIFF5 (Excel 5.0/95) stores bytes in the workbook's code page;
// scdash converts Windows-1252, which English-language Windows wrote, and plain ASCII.
//
// The shared-string table (SST) holds every distinct string of a BIFF8 workbook once; cells
// refer to it by index. It is the one structure held whole in memory: one buffer of UTF-8 text
// and the end of each string, whatever count the table claims (some writers claim more strings
// than they write).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "io/biff_records.hpp"
#include "scdash/core/expected.hpp"

namespace scdash::io::detail {

enum class BiffVersion { biff5, biff8 };

class BiffStringReader {
 public:
  // `code_page` matters to BIFF5 only, as the CODEPAGE record gives it (1252 when absent).
  BiffStringReader(BiffVersion version, std::uint16_t code_page)
      : version_(version), code_page_(code_page) {}

  // Reads a string whose character count takes `count_bytes` bytes (1 or 2) and appends it to
  // `out` in UTF-8. The cursor is overrun when the record ends inside the string, or a
  // two-byte character is cut in half.
  void read(BiffCursor& cursor, std::size_t count_bytes, std::string& out);

  // Whether any BIFF5 text held bytes of a code page scdash does not convert; they read as
  // U+FFFD.
  bool lost_characters() const { return lost_characters_; }
  std::uint16_t code_page() const { return code_page_; }

 private:
  void read_utf16(BiffCursor& cursor, std::size_t count, std::string& out);
  void read_code_page(BiffCursor& cursor, std::size_t count, std::string& out);

  BiffVersion version_;
  std::uint16_t code_page_;
  std::u16string units_;  // reused from string to string
  bool lost_characters_ = false;
};

class BiffSharedStrings {
 public:
  BiffSharedStrings() = default;
  // Reads an SST record, CONTINUE records joined. Fails with what is wrong, for xls-corrupt.
  static core::Expected<BiffSharedStrings, std::string> read(const BiffRecord& record);

  std::size_t size() const { return ends_.size(); }
  std::string_view operator[](std::size_t index) const {
    const std::size_t begin = index == 0 ? 0 : ends_[index - 1];
    return std::string_view(text_).substr(begin, ends_[index] - begin);
  }

 private:
  std::string text_;
  std::vector<std::size_t> ends_;
};

}  // namespace scdash::io::detail
