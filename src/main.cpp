// scdash: turns partners' quarterly returns into the Safer Communities dashboard.
#include <csignal>
#include <cstdio>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "commands.hpp"
#include "exit_status.hpp"

namespace {

void print_usage(std::FILE* out) {
  fmt::print(out, "usage: scdash <command> [options]\n\ncommands:\n");
  for (const auto& command : scdash::cli::kCommands) {
    fmt::print(out, "  {:<24}{}\n", command.usage, command.summary);
  }
  fmt::print(out, "\nRun 'scdash <command> --help' for a command's options.\n");
}

}  // namespace

int main(int argc, char** argv) {
#ifdef SIGXFSZ
  // Past a file-size limit the system would kill scdash mid-write; ignored, the write fails
  // instead and scdash reports it like a full disk, leaving the previous dashboard intact.
  std::signal(SIGXFSZ, SIG_IGN);
#endif
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
