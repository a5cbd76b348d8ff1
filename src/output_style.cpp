#include "output_style.hpp"

namespace scdash::cli {

namespace po = boost::program_options;

void add_output_options(po::options_description& described, OutputFlags& flags, bool json) {
  described.add_options()("quiet,q", po::bool_switch(&flags.quiet),
                          "print only errors: nothing at all on success, only the exit status")(
      "verbose,v", po::bool_switch(&flags.verbose),
      "print every diagnostic, infos included, and the time each stage took");
  if (json) {
    described.add_options()(
        "json", po::bool_switch(&flags.json),
        "print the summary figures and every diagnostic as one JSON document on standard output");
  }
}

core::Expected<OutputStyle, std::string> output_style(const OutputFlags& flags) {
  if (flags.quiet && flags.verbose) {
    return core::unexpected(std::string("--quiet and --verbose cannot be given together"));
  }
  OutputStyle style;
  style.verbosity = flags.quiet     ? Verbosity::quiet
                    : flags.verbose ? Verbosity::verbose
                                    : Verbosity::normal;
  style.json = flags.json;
  return style;
}

core::Severity least_shown(Verbosity verbosity) {
  switch (verbosity) {
    case Verbosity::quiet:
      return core::Severity::error;
    case Verbosity::normal:
      return core::Severity::warning;
    case Verbosity::verbose:
      return core::Severity::info;
  }
  return core::Severity::info;
}

}  // namespace scdash::cli
