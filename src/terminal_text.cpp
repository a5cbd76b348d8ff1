#include "terminal_text.hpp"

#include "scdash/core/text.hpp"

namespace scdash::cli {

std::string terminal_safe(std::string_view text) {
  return core::escape_control_characters(core::valid_utf8(text), core::LineBreaks::escape);
}

}  // namespace scdash::cli
