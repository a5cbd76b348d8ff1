// The command line every subcommand shares: options, one positional argument, --help, and the
// usage message printed when something is wrong.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <boost/program_options.hpp>

#include "commands.hpp"

namespace scdash::cli {

struct CommandLine {
  std::string_view name;  // "run", "cat", ...
  const boost::program_options::options_description& options;
  std::string_view positional;    // the positional argument's name, e.g. "file"
  std::string& positional_value;  // where it goes
  std::string_view missing;       // what to say when it is not given; empty: it may be left out
  std::string_view example;       // printed after the options in --help and usage errors
};

// Parses `arguments` into `values`. Prints --help, or a usage error naming the command, and
// returns the exit status to stop with; nullopt when the command should go on.
std::optional<int> parse_command_line(const CommandLine& line, const Arguments& arguments,
                                      boost::program_options::variables_map& values);

// Prints "scdash NAME: message", the options and the example; returns the usage-error status.
int usage_error(const CommandLine& line, std::string_view message);

}  // namespace scdash::cli
