#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "scdash/core/text.hpp"

using namespace scdash::core;

TEST_CASE("labels are compared without case, spacing, punctuation or '&'") {
  CHECK(normalise_label("Hinckley & Bosworth ") == "hinckley and bosworth");
  CHECK(normalise_label("hinckley and  bosworth") == "hinckley and bosworth");
  CHECK(normalise_label("H&B") == "h and b");
  CHECK(normalise_label("N.W. Leics") == "n w leics");
  CHECK(normalise_label("Total\ncrime") == "total crime");
  CHECK(normalise_label("  ") == "");
}

TEST_CASE("trimming removes no-break spaces as well as white space") {
  CHECK(trim("\xC2\xA0 56 \t") == "56");
  CHECK(trim("") == "");
  CHECK(trim("a b") == "a b");
}

TEST_CASE("the closest match suggests a fix for a typo, and nothing for a different word") {
  CHECK(edit_distance("colum", "column") == 1);
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("shete", "sheet") == 1);
  CHECK(edit_distance("kitten", "sitting") == 3);
  const std::vector<std::string> keys = {"column", "sheet", "files"};
  CHECK(closest_match("colum", keys) == "column");
  CHECK(closest_match("shete", keys) == "sheet");
  CHECK(closest_match("measure", keys).empty());
}

TEST_CASE("a UTF-8 character's length is read by the standard's table of well-formed bytes") {
  using scdash::core::utf8_character_length;
  CHECK(utf8_character_length("a") == 1);
  CHECK(utf8_character_length("\xc3\xa9") == 2);          // é
  CHECK(utf8_character_length("\xe2\x82\xac") == 3);      // €
  CHECK(utf8_character_length("\xf0\x9f\x98\x80") == 4);  // an emoji
  CHECK(utf8_character_length("") == 0);
  CHECK(utf8_character_length("\x80") == 0);              // a continuation byte alone
  CHECK(utf8_character_length("\xc0\xaf") == 0);          // overlong
  CHECK(utf8_character_length("\xe0\x80\xaf") == 0);      // overlong
  CHECK(utf8_character_length("\xed\xa0\x80") == 0);      // a surrogate
  CHECK(utf8_character_length("\xf4\x90\x80\x80") == 0);  // beyond U+10FFFF
  CHECK(utf8_character_length("\xe2\x82") == 0);          // cut short
  CHECK(utf8_character_length("\xff") == 0);
}

TEST_CASE("bytes that begin no UTF-8 character become U+FFFD, one each") {
  using scdash::core::valid_utf8;
  CHECK(valid_utf8("Blaby \xc3\xa9t\xc3\xa9") == "Blaby \xc3\xa9t\xc3\xa9");
  CHECK(valid_utf8("survey\xff\xfe.csv") == "survey\xef\xbf\xbd\xef\xbf\xbd.csv");
  CHECK(valid_utf8("\xe2\x82") == "\xef\xbf\xbd\xef\xbf\xbd");
}

TEST_CASE("control characters become visible escapes, line breaks kept only when asked") {
  using scdash::core::escape_control_characters;
  using scdash::core::LineBreaks;
  const std::string text = "39.6\x01 \x1b[31m\xc2\x9b\x7f\xef\xbf\xbe\tA\nB\xc3\xa9";
  CHECK(escape_control_characters(text, LineBreaks::escape) ==
        "39.6\\x01 \\x1b[31m\\u009b\\x7f\\ufffe\\tA\\nB\xc3\xa9");
  CHECK(escape_control_characters(text, LineBreaks::keep) ==
        "39.6\\x01 \\x1b[31m\\u009b\\x7f\\ufffe\tA\nB\xc3\xa9");
}

TEST_CASE("plain text is valid UTF-8 without control characters") {
  using scdash::core::is_plain_text;
  CHECK(is_plain_text("police-recorded-crime-2025-26-Q2 (\xc3\xa9).xlsx"));
  CHECK_FALSE(is_plain_text("survey\xff.csv"));
  CHECK_FALSE(is_plain_text("forged\nerror: line.csv"));
  CHECK_FALSE(is_plain_text("\xc2\x9b"));
}
