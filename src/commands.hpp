// The subcommands of scdash, one file each; main.cpp dispatches to them.
#pragma once

#include <string>
#include <vector>

namespace scdash::cli {

// Each takes the arguments after the subcommand's name and returns an ExitStatus.
int run_command(const std::vector<std::string>& arguments);

}  // namespace scdash::cli
