#include "progress_line.hpp"

#include <cstdio>
#include <string>

#include <fmt/format.h>

#include "scdash/platform/terminal.hpp"
#include "terminal_text.hpp"

namespace scdash::cli {
namespace {

// Keeps the last characters of a long line: the file's name matters more than its folders.
std::string fitted(std::string line, std::size_t width) {
  if (line.size() < width) {
    return line;
  }
  const std::size_t keep = width - 4;
  std::size_t from = line.size() - keep;
  while (from < line.size() && (static_cast<unsigned char>(line[from]) & 0xC0) == 0x80) {
    ++from;  // not inside a UTF-8 character
  }
  return "..." + line.substr(from);
}

}  // namespace

ProgressLine::ProgressLine(bool wanted) : enabled_(wanted && platform::is_terminal(stderr)) {}

ProgressLine::~ProgressLine() {
  erase();
}

void ProgressLine::reading_file(std::size_t index, std::size_t count, std::string_view name) {
  if (!enabled_) {
    return;
  }
  // Carriage return, then erase to the end of the line: the new text replaces the old.
  fmt::print(stderr, "\r\x1b[K{}",
             fitted(fmt::format("reading {} of {}: {}", index, count, terminal_safe(name)),
                    platform::terminal_width(stderr)));
  std::fflush(stderr);
  shown_ = true;
}

void ProgressLine::stage_finished(run::Stage stage, double /*seconds*/) {
  if (stage == run::Stage::reading) {
    erase();
  }
}

void ProgressLine::erase() {
  if (shown_) {
    fmt::print(stderr, "\r\x1b[K");
    std::fflush(stderr);
    shown_ = false;
  }
}

}  // namespace scdash::cli
