#include "command_line.hpp"

#include <iostream>
#include <sstream>

#include <fmt/format.h>

#include "exit_status.hpp"

namespace scdash::cli {

namespace po = boost::program_options;

int usage_error(const CommandLine& line, std::string_view message) {
  fmt::print(stderr, "scdash {}: {}\n\n{}{}", line.name, message,
             (std::ostringstream() << line.options).str(), line.example);
  return kUsageError;
}

std::optional<int> parse_command_line(const CommandLine& line, const Arguments& arguments,
                                      po::variables_map& values) {
  const std::string positional_name(line.positional);
  po::positional_options_description positional;
  positional.add(positional_name.c_str(), 1);
  po::options_description hidden;
  hidden.add_options()(positional_name.c_str(), po::value(&line.positional_value));
  po::options_description all;
  all.add(line.options).add(hidden);
  try {
    po::store(po::command_line_parser(arguments).options(all).positional(positional).run(), values);
    po::notify(values);
  } catch (const po::error& failure) {
    return usage_error(line, failure.what());
  }
  if (values.count("help")) {
    std::cout << line.options << line.example;
    return kSuccess;
  }
  if (line.positional_value.empty() && !line.missing.empty()) {
    return usage_error(line, line.missing);
  }
  return std::nullopt;
}

}  // namespace scdash::cli
