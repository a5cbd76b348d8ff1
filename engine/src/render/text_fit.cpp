#include "render/text_fit.hpp"

#include <algorithm>
#include <cmath>

namespace scdash::render {
namespace {

constexpr double kPixelsPerCharacterWidth = 7;  // a Calibri 11 digit, at 96 pixels an inch
constexpr double kPixelsPerPoint = 96.0 / 72.0;
// Arial's characters in running text average about 0.42 of an em (the example dashboard's key
// lines, measured in LibreOffice's print); a little more, for capitals, digits and bold.
constexpr double kAverageEms = 0.48;

// Characters, not bytes: a UTF-8 continuation byte is part of the character before it.
std::size_t characters(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

// The lines one paragraph (no line break) wraps to, filling each line with whole words.
std::size_t paragraph_lines(std::string_view paragraph, std::size_t per_line) {
  std::size_t lines = 1;
  std::size_t used = 0;
  while (!paragraph.empty()) {
    const std::size_t end = std::min(paragraph.find(' '), paragraph.size());
    const std::size_t word = characters(paragraph.substr(0, end));
    const std::size_t needed = used == 0 ? word : used + 1 + word;
    if (needed <= per_line) {
      used = needed;
    } else if (used == 0) {  // a word longer than a line
      lines += (word - 1) / per_line;
      used = (word - 1) % per_line + 1;
    } else {
      ++lines;
      used = 0;
      continue;  // the same word, at the start of the new line
    }
    paragraph.remove_prefix(std::min(end + 1, paragraph.size()));
  }
  return lines;
}

}  // namespace

std::size_t wrapped_lines(std::string_view text, double width, double font_size) {
  const double character_pixels = font_size * kPixelsPerPoint * kAverageEms;
  const auto per_line = static_cast<std::size_t>(
      std::max(1.0, std::floor(width * kPixelsPerCharacterWidth / character_pixels)));
  std::size_t lines = 0;
  for (;;) {
    const std::size_t end = std::min(text.find('\n'), text.size());
    lines += paragraph_lines(text.substr(0, end), per_line);
    if (end == text.size()) {
      return lines;
    }
    text.remove_prefix(end + 1);
  }
}

double column_pixels(double width) {
  constexpr double kPadding = 5;
  return width * kPixelsPerCharacterWidth + kPadding;
}

double row_pixels(double height) {
  return height * kPixelsPerPoint;
}

double row_height(std::size_t lines, double font_size) {
  constexpr double kLineSpacing = 1.3;  // Excel's line at Arial: 12 points for 9-point text
  return std::ceil(static_cast<double>(lines) * font_size * kLineSpacing) + 2;
}

}  // namespace scdash::render
