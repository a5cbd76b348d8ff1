// UTF-8 validation and Windows-1252 conversion, which decide how a CSV file's bytes are read.
#include <catch2/catch.hpp>

#include "io/text_encoding.hpp"

using scdash::io::detail::append_utf16_as_utf8;
using scdash::io::detail::append_windows_1252_as_utf8;
using scdash::io::detail::Utf8Validator;

namespace {

bool valid_utf8(std::string_view bytes) {
  Utf8Validator validator;
  validator.feed(bytes);
  return validator.finish();
}

}  // namespace

TEST_CASE("UTF-8 validity follows the standard, not just the byte patterns") {
  CHECK(valid_utf8("plain ASCII"));
  CHECK(valid_utf8("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80"));
  CHECK_FALSE(valid_utf8("caf\xE9"));           // Windows-1252 e acute
  CHECK_FALSE(valid_utf8("\xC0\xAF"));          // overlong "/"
  CHECK_FALSE(valid_utf8("\xE0\x80\xAF"));      // overlong, three bytes
  CHECK_FALSE(valid_utf8("\xED\xA0\x80"));      // a UTF-16 surrogate
  CHECK_FALSE(valid_utf8("\xF4\x90\x80\x80"));  // beyond U+10FFFF
  CHECK_FALSE(valid_utf8("\xE2\x82"));          // cut short at the end
  CHECK_FALSE(valid_utf8("\x80"));              // a lone continuation byte
}

TEST_CASE("a character split between two pieces of text is still valid UTF-8") {
  Utf8Validator validator;
  CHECK(validator.feed("caf\xF0\x9F"));
  CHECK(validator.feed("\x98\x80!"));
  CHECK(validator.finish());
}

TEST_CASE("Windows-1252 becomes the same characters in UTF-8, including its 80-9F block") {
  std::string out;
  append_windows_1252_as_utf8("\x80\x85\x93\x94\x96\xA3\xE9\x81 a", out);
  CHECK(out ==
        "\xE2\x82\xAC\xE2\x80\xA6\xE2\x80\x9C\xE2\x80\x9D\xE2\x80\x93\xC2\xA3\xC3\xA9\xC2\x81 a");
}

TEST_CASE("UTF-16 becomes UTF-8: surrogate pairs one character, lone surrogates U+FFFD") {
  std::string out;
  append_utf16_as_utf8(u"A\u00e9\u20ac\U0001F600", out);
  CHECK(out == "A\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80");
  out.clear();
  const std::u16string lone = {u'a', 0xD83D, u'b', 0xDE00};  // a high, then a low, apart
  append_utf16_as_utf8(lone, out);
  CHECK(out ==
        "a\xEF\xBF\xBD"
        "b\xEF\xBF\xBD");
}
