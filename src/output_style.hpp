// How a command speaks to its reader: how much it says (--quiet, --verbose), whether as text or
// as JSON (--json).
#pragma once

#include <string>

#include <boost/program_options.hpp>

#include "scdash/core/diagnostic.hpp"
#include "scdash/core/expected.hpp"

namespace scdash::cli {

enum class Verbosity {
  quiet,    // errors only; nothing at all on success
  normal,   // errors and warnings, the summary
  verbose,  // every diagnostic, infos included, and the time each stage took
};

struct OutputFlags {
  bool quiet = false;
  bool verbose = false;
  bool json = false;
};

// Adds --quiet and --verbose, and --json when `json` is set.
void add_output_options(boost::program_options::options_description& described, OutputFlags& flags,
                        bool json);

struct OutputStyle {
  Verbosity verbosity = Verbosity::normal;
  bool json = false;
};

// The style the flags ask for; fails with a message when they contradict each other.
core::Expected<OutputStyle, std::string> output_style(const OutputFlags& flags);

// The least severe diagnostic the verbosity shows.
core::Severity least_shown(Verbosity verbosity);

}  // namespace scdash::cli
