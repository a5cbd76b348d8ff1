// scdash: turns partners' quarterly returns into the Safer Communities dashboard.
#include <cstdio>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "commands.hpp"
#include "exit_status.hpp"
#include "scdash/platform/interrupts.hpp"
#include "scdash/platform/terminal.hpp"

namespace {

void print_usage(std::FILE* out) {
  fmt::print(out, "usage: scdash <command> [options]\n\ncommands:\n");
  for (const auto& command : scdash::cli::kCommands) {
    fmt::print(out, "  {:<24}{}\n", command.usage, command.summary);
  }
  fmt::print(out,
             "\nIn a folder with a scdash.yaml, or below one, RETURNS_DIR and the mappings, "
             "template\nand outputs come from it.\n"
             "Run 'scdash <command> --help' for a command's options.\n");
}

}  // namespace

int main(int argc, char** argv) {
  // A write past a file-size limit fails and is reported like a full disk, leaving the previous
  // dashboard intact, instead of killing scdash half-way through it.
  scdash::platform::fail_writes_past_file_size_limit();
  scdash::platform::set_up_console();
  const std::vector<std::string> arguments(argv + 1, argv + argc);
  if (arguments.empty()) {
    print_usage(stderr);
    return scdash::cli::kUsageError;
  }
  if (arguments[0] == "--help" || arguments[0] == "-h") {
    print_usage(stdout);
    return scdash::cli::kSuccess;
  }
  if (arguments[0] == "--version") {
    fmt::print("scdash {}\n", SCDASH_VERSION);
    return scdash::cli::kSuccess;
  }
  for (const auto& command : scdash::cli::kCommands) {
    if (arguments[0] == command.name) {
      return command.function({arguments.begin() + 1, arguments.end()});
    }
  }
  fmt::print(stderr, "scdash: unknown command '{}'\n\n", arguments[0]);
  print_usage(stderr);
  return scdash::cli::kUsageError;
}
