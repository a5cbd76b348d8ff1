#include <catch2/catch.hpp>

#include "io/ooxml_escapes.hpp"

using scdash::io::detail::append_unescaped;
using scdash::io::detail::excel_character_count;

namespace {

std::string unescaped(std::string_view text) {
  std::string out;
  append_unescaped(text, out);
  return out;
}

}  // namespace

TEST_CASE("_xHHHH_ escapes become the characters they encode") {
  CHECK(unescaped("ABC_x000D_DEF") == "ABC\rDEF");
  CHECK(unescaped("_x0009_tab") == "\ttab");
  CHECK(unescaped("_x00e9_") == "\xC3\xA9");      // é, lower-case hex
  CHECK(unescaped("_x20AC_") == "\xE2\x82\xAC");  // €
}

TEST_CASE("an escaped underscore keeps a following _xHHHH_ literal") {
  CHECK(unescaped("_x005F_x0041_") == "_x0041_");
  CHECK(unescaped("a_x005F_b") == "a_b");
}

TEST_CASE("text that only looks like the start of an escape is kept as written") {
  CHECK(unescaped("snake_case_x") == "snake_case_x");
  CHECK(unescaped("_x12_") == "_x12_");
  CHECK(unescaped("_xGHIJ_") == "_xGHIJ_");
  CHECK(unescaped("__x0041_") == "_A");
}

TEST_CASE("a surrogate pair written as two escapes is one character, and a lone half is U+FFFD") {
  CHECK(unescaped("_xD83D__xDE00_") == "\xF0\x9F\x98\x80");  // 😀
  CHECK(unescaped("_xD83D_x") == "\xEF\xBF\xBDx");
  CHECK(unescaped("_xDE00_") == "\xEF\xBF\xBD");
}

TEST_CASE("characters are counted as Excel counts them, in UTF-16 code units") {
  CHECK(excel_character_count("abc") == 3);
  CHECK(excel_character_count("\xC3\xA9t\xC3\xA9") == 3);  // été
  CHECK(excel_character_count("\xF0\x9F\x98\x80") == 2);   // one emoji, a surrogate pair
}

TEST_CASE("a cell holds 32,767 characters, however many bytes they take in UTF-8") {
  using scdash::io::detail::fits_in_cell;
  CHECK(fits_in_cell(std::string(32'767, 'a')));
  CHECK_FALSE(fits_in_cell(std::string(32'768, 'a')));
  std::string accented;
  for (int i = 0; i < 32'767; ++i) {
    accented += "\xC3\xA9";
  }
  CHECK(fits_in_cell(accented));
  CHECK_FALSE(fits_in_cell(accented + "\xC3\xA9"));
}
