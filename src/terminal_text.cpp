#include "terminal_text.hpp"

#include <fmt/format.h>

namespace scdash::cli {

std::string terminal_safe(std::string_view text) {
  std::string safe;
  safe.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    // C1 controls (U+0080 to U+009F) are C2 80 to C2 9F in UTF-8; some terminals obey them.
    const bool c1 = byte == 0xC2 && i + 1 < text.size() &&
                    static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                    static_cast<unsigned char>(text[i + 1]) <= 0x9F;
    if (c1) {
      safe += fmt::format("\\u{:04x}", static_cast<unsigned char>(text[++i]));
    } else if (byte == '\n') {
      safe += "\\n";
    } else if (byte == '\r') {
      safe += "\\r";
    } else if (byte == '\t') {
      safe += "\\t";
    } else if (byte < 0x20 || byte == 0x7F) {
      safe += fmt::format("\\x{:02x}", byte);
    } else {
      safe += text[i];
    }
  }
  return safe;
}

}  // namespace scdash::cli
