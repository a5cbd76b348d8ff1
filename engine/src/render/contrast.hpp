// Colour contrast as WCAG 2.2 measures it, for text on the dashboard's fills.
//
//   contrast_ratio(0xFFFFFF, 0x1F3864);           // about 11.6: white on the header's navy
//   readable_colour(0x00B050, 0xFFFFFF, 4.5);     // Excel's green darkened until it reads on white
#pragma once

#include <cstdint>

namespace scdash::render {

// The least contrast WCAG 2.2 AA asks of text at the dashboard's sizes (1.4.3).
inline constexpr double kReadableContrast = 4.5;

// From 1 (the same colour) to 21 (black on white), of two 0xRRGGBB colours.
double contrast_ratio(std::uint32_t first, std::uint32_t second);

// Black or white, whichever contrasts more with `background`.
std::uint32_t text_colour_on(std::uint32_t background);

// `colour` itself when it contrasts with `background` by at least `ratio`; otherwise the nearest
// shade of it, towards black or white, that does.
std::uint32_t readable_colour(std::uint32_t colour, std::uint32_t background, double ratio);

}  // namespace scdash::render
