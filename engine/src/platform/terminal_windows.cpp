// Windows: the console. Colour needs its virtual-terminal processing (Windows 10 and later), and
// UTF-8 its code page; an older console, or output to a file, gets plain text.
#include <cstdlib>
#include <initializer_list>

#include <io.h>
#include <windows.h>

#include "scdash/platform/terminal.hpp"

namespace scdash::platform {
namespace {

HANDLE console_of(std::FILE* stream) {
  return reinterpret_cast<HANDLE>(_get_osfhandle(_fileno(stream)));
}

}  // namespace

void set_up_console() {
  SetConsoleOutputCP(CP_UTF8);
  for (std::FILE* stream : {stdout, stderr}) {
    DWORD mode = 0;
    if (GetConsoleMode(console_of(stream), &mode)) {
      SetConsoleMode(console_of(stream), mode | ENABLE_VIRTUAL_TERMINAL_PROCESSING);
    }
  }
}

bool is_terminal(std::FILE* stream) {
  return _isatty(_fileno(stream)) != 0;
}

bool colour_allowed(std::FILE* stream) {
  // https://no-color.org: set and not empty turns colour off, whatever its value.
  const char* no_colour = std::getenv("NO_COLOR");
  DWORD mode = 0;
  return GetConsoleMode(console_of(stream), &mode) &&
         (mode & ENABLE_VIRTUAL_TERMINAL_PROCESSING) != 0 &&
         (no_colour == nullptr || *no_colour == '\0');
}

std::size_t terminal_width(std::FILE* stream) {
  CONSOLE_SCREEN_BUFFER_INFO info{};
  if (GetConsoleScreenBufferInfo(console_of(stream), &info)) {
    const auto width = static_cast<std::size_t>(info.srWindow.Right - info.srWindow.Left + 1);
    if (width > 8) {
      return width;
    }
  }
  return 80;
}

}  // namespace scdash::platform
