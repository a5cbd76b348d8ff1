// What 'scdash run' and 'scdash validate' say when they are over.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "output_style.hpp"
#include "pipeline.hpp"

namespace scdash::cli {

// With --json, one JSON document on standard output. As text: the summary line and a "wrote"
// line per file written (nothing with --quiet, or when no dashboard was computed or an output
// could not be written: the error has said so), and with --verbose the time each stage took
// on standard error. Returns `status`.
int report_outcome(std::string_view command, const OutputStyle& style, int status,
                   const Analysis& analysis, const std::vector<std::string>& written);

}  // namespace scdash::cli
