// What 'scdash run' and 'scdash validate' say when the job is over.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "output_style.hpp"
#include "scdash/run/job.hpp"

namespace scdash::cli {

// Prints every diagnostic as `style` asks (as text on standard error; with --json the outcome
// holds them), then, when the job stopped early, why; returns the stop's exit status, or
// nullopt when the job ran to its end. A strict stop is the command's to word.
std::optional<int> report_diagnostics_and_stop(std::string_view command, const OutputStyle& style,
                                               const run::RunResult& result);

// With --json, one JSON document on standard output. As text: the summary line and a "wrote"
// line per file written (nothing with --quiet, or when no dashboard was computed or an output
// could not be written: the error has said so), and with --verbose the time each stage took
// on standard error. Returns `status`.
int report_outcome(std::string_view command, const OutputStyle& style, int status,
                   const run::RunResult& result, const std::vector<std::string>& written);

// One line: the title and quarter, the accounting of files, cells and figures, and the
// number of errors and warnings.
std::string summary_line(const run::RunResult& result);

// "timings: configuration 0.004 s, reading 0.120 s, ...; total 0.131 s"
std::string timings_line(const run::RunResult& result);

}  // namespace scdash::cli
