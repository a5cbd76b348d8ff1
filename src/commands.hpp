// The subcommands of scdash, one file each; main.cpp dispatches to them through kCommands.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace scdash::cli {

using Arguments = std::vector<std::string>;

// Each command takes the arguments after its name and returns an ExitStatus.
int run_command(const Arguments& arguments);
int validate_command(const Arguments& arguments);
int cat_command(const Arguments& arguments);
int inspect_command(const Arguments& arguments);
int map_command(const Arguments& arguments);
int init_mapping_command(const Arguments& arguments);
int watch_command(const Arguments& arguments);

struct Command {
  std::string_view name;
  std::string_view usage;    // e.g. "run RETURNS_DIR"
  std::string_view summary;  // one line for 'scdash --help'
  int (*function)(const Arguments& arguments);
};

inline constexpr Command kCommands[] = {
    {"run", "run [RETURNS_DIR]", "read the returns, compute the indicators, write the dashboard",
     run_command},
    {"validate", "validate [RETURNS_DIR]",
     "check the returns as 'run' does and list every problem; write nothing", validate_command},
    {"cat", "cat FILE", "print every non-empty cell of a workbook, one per line", cat_command},
    {"inspect", "inspect FILE", "list a workbook's sheets, used ranges and first rows",
     inspect_command},
    {"map", "map FILE", "dry run: print what a return's mapping extracts, and every problem",
     map_command},
    {"init-mapping", "init-mapping FILE", "write a starting mapping from a return's layout",
     init_mapping_command},
    {"watch", "watch [RETURNS_DIR]", "rerun the dashboard whenever returns arrive or change",
     watch_command},
};

}  // namespace scdash::cli
