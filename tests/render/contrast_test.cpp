#include <catch2/catch.hpp>

#include "render/contrast.hpp"

using namespace scdash::render;

TEST_CASE("contrast is measured as WCAG 2.2 measures it") {
  CHECK(contrast_ratio(0x000000, 0xFFFFFF) == Approx(21));
  CHECK(contrast_ratio(0xFFFFFF, 0xFFFFFF) == Approx(1));
  CHECK(contrast_ratio(0x00B050, 0xFFFFFF) == Approx(2.87).epsilon(0.01));  // Excel's green
  CHECK(contrast_ratio(0x767676, 0xFFFFFF) == Approx(4.54).epsilon(0.01));  // the lightest AA grey
  CHECK(contrast_ratio(0xFFFFFF, 0x1F3864) == contrast_ratio(0x1F3864, 0xFFFFFF));
}

TEST_CASE("text on a fill is black or white, whichever reads better") {
  CHECK(text_colour_on(0xFFC000) == 0x000000);  // amber
  CHECK(text_colour_on(0xC00000) == 0xFFFFFF);  // red
  CHECK(text_colour_on(0x5555E6) == 0xFFFFFF);  // the "lower" blue
  CHECK(text_colour_on(0x92D050) == 0x000000);  // green
}

TEST_CASE("a colour too faint for its background is shaded until it reads") {
  CHECK(readable_colour(0xC00000, 0xFFFFFF, kReadableContrast) == 0xC00000);  // already reads
  const std::uint32_t green = readable_colour(0x00B050, 0xFFFFFF, kReadableContrast);
  CHECK(contrast_ratio(green, 0xFFFFFF) >= kReadableContrast);
  CHECK(contrast_ratio(green, 0xFFFFFF) < 5);           // no darker than it need be
  CHECK((green & 0x00FF00) > (green & 0xFF0000) >> 8);  // still green
  const std::uint32_t on_navy = readable_colour(0x5555E6, 0x1F3864, kReadableContrast);
  CHECK(contrast_ratio(on_navy, 0x1F3864) >= kReadableContrast);  // lightened on a dark fill
}
