// scdash: turns partners' quarterly returns into the Safer Communities dashboard.
#include <cstdio>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "commands.hpp"
#include "exit_status.hpp"

namespace {

constexpr const char* kUsage = R"(usage: scdash <command> [options]

commands:
  run RETURNS_DIR   read the returns, compute the indicators, write the dashboard

Run 'scdash <command> --help' for a command's options.
)";

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> arguments(argv + 1, argv + argc);
  if (arguments.empty() || arguments[0] == "--help" || arguments[0] == "-h") {
    fmt::print(arguments.empty() ? stderr : stdout, "{}", kUsage);
    return arguments.empty() ? scdash::cli::kUsageError : scdash::cli::kSuccess;
  }
  if (arguments[0] == "--version") {
    fmt::print("scdash {}\n", SCDASH_VERSION);
    return scdash::cli::kSuccess;
  }
  const std::vector<std::string> rest(arguments.begin() + 1, arguments.end());
  if (arguments[0] == "run") {
    return scdash::cli::run_command(rest);
  }
  fmt::print(stderr, "scdash: unknown command '{}'\n\n{}", arguments[0], kUsage);
  return scdash::cli::kUsageError;
}
