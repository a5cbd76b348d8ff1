#include <catch2/catch.hpp>

#include <string>

#include "render/text_fit.hpp"

using namespace scdash;

TEST_CASE("wrapped text takes the lines its words fill, and a line break starts one") {
  // Width 10 at 9 points holds 10 × 7 ÷ (9 × 4/3 × 0.48) = 12 characters a line.
  CHECK(render::wrapped_lines("", 10, 9) == 1);
  CHECK(render::wrapped_lines("twelve chars", 10, 9) == 1);
  CHECK(render::wrapped_lines("twelve chars and", 10, 9) == 2);
  CHECK(render::wrapped_lines("one\ntwo\nthree", 10, 9) == 3);
  // A word longer than a line takes as many as it needs.
  CHECK(render::wrapped_lines(std::string(25, 'x'), 10, 9) == 3);
  CHECK(render::wrapped_lines("a " + std::string(24, 'x'), 10, 9) == 3);
  // Characters, not bytes: "–" is three bytes of UTF-8 and one character.
  CHECK(render::wrapped_lines(
            "\u2013\u2013\u2013\u2013\u2013\u2013\u2013\u2013\u2013\u2013\u2013\u2013", 10, 9) ==
        1);
  // Larger text fits fewer characters a line; a wider cell more.
  CHECK(render::wrapped_lines("twelve chars", 10, 12) == 2);
  CHECK(render::wrapped_lines("twelve chars and more", 20, 9) == 1);
}

TEST_CASE("a row is as tall as its lines at Excel's line spacing") {
  CHECK(render::row_height(1, 9) == 14);  // 11.7, rounded up, and 2 of padding
  CHECK(render::row_height(2, 9) == 26);
  CHECK(render::row_height(2, 10) == 28);
}
