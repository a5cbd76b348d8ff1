// The options of every command that runs the job on a returns folder (run, validate, watch),
// and the engine request they make.
#pragma once

#include <string>
#include <string_view>

#include <boost/program_options.hpp>

#include "scdash/core/expected.hpp"
#include "scdash/run/job.hpp"
#include "scdash/run/project.hpp"

namespace scdash::cli {

struct JobOptions {
  std::string returns;  // the positional RETURNS_DIR
  std::string period;   // empty: the latest quarter folder's, or the latest complete quarter
  std::string mappings;
  std::string dashboard_template;
};

// Adds --period, --mappings and --template.
void add_job_options(boost::program_options::options_description& described, JobOptions& options);

// Fills what the command line left empty from the project file, and the mappings and template
// from their defaults when neither names them.
void complete_job_options(JobOptions& options, const run::Project& project);

// The "give the folder of returns" message for a command given no RETURNS_DIR.
std::string missing_returns_message(std::string_view what);

// The engine's request for the options, with no outputs; fails with the usage message when
// --period is not a financial quarter.
core::Expected<run::RunRequest, std::string> job_request(const JobOptions& options);

}  // namespace scdash::cli
