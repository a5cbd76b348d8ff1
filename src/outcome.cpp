#include "outcome.hpp"

#include <fmt/format.h>

#include "exit_status.hpp"
#include "json_output.hpp"

namespace scdash::cli {

int report_outcome(std::string_view command, const OutputStyle& style, int status,
                   const Analysis& analysis, const std::vector<std::string>& written) {
  if (style.json) {
    fmt::print("{}", analysis_json(command, status, analysis, written));
    return status;
  }
  if (style.verbosity == Verbosity::verbose && !analysis.timings.empty()) {
    fmt::print(stderr, "{}\n", timings_line(analysis));
  }
  if (style.verbosity == Verbosity::quiet || !analysis.computed || status == kInputOutputError) {
    return status;
  }
  fmt::print("{}\n", summary_line(analysis));
  for (const auto& path : written) {
    fmt::print("wrote {}\n", path);
  }
  return status;
}

}  // namespace scdash::cli
