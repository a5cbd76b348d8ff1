// The subcommands of scdash, one file each; main.cpp dispatches to them through kCommands.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace scdash::cli {

using Arguments = std::vector<std::string>;

// Each command takes the arguments after its name and returns an ExitStatus.
int run_command(const Arguments& arguments);

struct Command {
  std::string_view name;
  std::string_view usage;    // e.g. "run RETURNS_DIR"
  std::string_view summary;  // one line for 'scdash --help'
  int (*function)(const Arguments& arguments);
};

inline constexpr Command kCommands[] = {
    {"run", "run RETURNS_DIR", "read the returns, compute the indicators, write the dashboard",
     run_command},
};

}  // namespace scdash::cli
