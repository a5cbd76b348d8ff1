#include "render/contrast.hpp"

#include <algorithm>
#include <cmath>

namespace scdash::render {
namespace {

constexpr std::uint32_t kBlack = 0x000000;
constexpr std::uint32_t kWhite = 0xFFFFFF;

double channel_luminance(std::uint32_t channel) {
  const double value = static_cast<double>(channel) / 255.0;
  return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double relative_luminance(std::uint32_t colour) {
  return 0.2126 * channel_luminance((colour >> 16) & 0xFF) +
         0.7152 * channel_luminance((colour >> 8) & 0xFF) +
         0.0722 * channel_luminance(colour & 0xFF);
}

// `colour` moved `share` (0 to 1) of the way to `target`, channel by channel.
std::uint32_t mixed(std::uint32_t colour, std::uint32_t target, double share) {
  std::uint32_t result = 0;
  for (const int shift : {16, 8, 0}) {
    const double from = static_cast<double>((colour >> shift) & 0xFF);
    const double to = static_cast<double>((target >> shift) & 0xFF);
    result |= static_cast<std::uint32_t>(std::lround(from + (to - from) * share)) << shift;
  }
  return result;
}

}  // namespace

double contrast_ratio(std::uint32_t first, std::uint32_t second) {
  const double a = relative_luminance(first);
  const double b = relative_luminance(second);
  return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

std::uint32_t text_colour_on(std::uint32_t background) {
  return contrast_ratio(kBlack, background) >= contrast_ratio(kWhite, background) ? kBlack : kWhite;
}

std::uint32_t readable_colour(std::uint32_t colour, std::uint32_t background, double ratio) {
  if (contrast_ratio(colour, background) >= ratio) {
    return colour;
  }
  // Towards black on a light background, white on a dark one; one step in a hundred keeps
  // the hue as close to the template's as the contrast allows.
  const std::uint32_t target = text_colour_on(background);
  for (int step = 1; step <= 100; ++step) {
    const std::uint32_t shade = mixed(colour, target, step / 100.0);
    if (contrast_ratio(shade, background) >= ratio) {
      return shade;
    }
  }
  return target;
}

}  // namespace scdash::render
