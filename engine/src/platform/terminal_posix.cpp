#include "scdash/platform/terminal.hpp"

#include <cstdlib>

#include <sys/ioctl.h>
#include <unistd.h>

namespace scdash::platform {

void set_up_console() {}

bool is_terminal(std::FILE* stream) {
  return isatty(fileno(stream)) == 1;
}

bool colour_allowed(std::FILE* stream) {
  // https://no-color.org: set and not empty turns colour off, whatever its value.
  const char* no_colour = std::getenv("NO_COLOR");
  return is_terminal(stream) && (no_colour == nullptr || *no_colour == '\0');
}

std::size_t terminal_width(std::FILE* stream) {
  winsize size{};
  if (ioctl(fileno(stream), TIOCGWINSZ, &size) == 0 && size.ws_col > 8) {
    return size.ws_col;
  }
  return 80;
}

}  // namespace scdash::platform
