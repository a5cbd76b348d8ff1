// Text encodings: telling UTF-8 from Windows-1252 in CSV files, and converting the encodings
// returns arrive in (Windows-1252, UTF-16) to the UTF-8 scdash works in.
//
// Partners' CSV files come from Excel "CSV UTF-8", from Excel's plain "CSV" (Windows-1252 on
// English Windows), and from police and council systems that write either. A Windows-1252 file
// with any accented letter, curly quote or pound sign is almost never valid UTF-8, so a file is
// read as UTF-8 when every byte of it is valid UTF-8, and as Windows-1252 otherwise. Excel 97-2003
// workbooks hold their text in UTF-16, and Excel 5/95 ones in the Windows code page.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace scdash::io::detail {

// Checks UTF-8 validity over text fed in pieces split anywhere, even inside a character.
// Overlong forms, surrogates and code points beyond U+10FFFF are invalid, as the standard says.
class Utf8Validator {
 public:
  // Returns false from the first invalid byte on.
  bool feed(std::string_view bytes);
  // Whether everything fed was valid and no character was left unfinished.
  bool finish() const { return valid_ && pending_ == 0; }

 private:
  bool valid_ = true;
  int pending_ = 0;  // continuation bytes still expected
  // The range the next continuation byte must fall in (narrower after E0, ED, F0 and F4).
  std::uint8_t low_ = 0x80;
  std::uint8_t high_ = 0xBF;
};

// Appends Windows-1252 `bytes` to `out` in UTF-8. The five bytes the code page leaves undefined
// (81, 8D, 8F, 90, 9D) become the C1 controls of the same value, as Windows converts them.
void append_windows_1252_as_utf8(std::string_view bytes, std::string& out);

// Appends the character `code_point` (at most U+10FFFF) to `out` in UTF-8.
void append_utf8(char32_t code_point, std::string& out);

// Appends UTF-16 `units` to `out` in UTF-8: a surrogate pair becomes one character, a lone
// surrogate U+FFFD, as Excel shows them.
void append_utf16_as_utf8(std::u16string_view units, std::string& out);

}  // namespace scdash::io::detail
