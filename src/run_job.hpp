// 'scdash run' once its options are read: the job, its outputs written all or none, and what it
// says. Shared by 'scdash run' and 'scdash watch', which runs it again as returns arrive.
#pragma once

#include <string>

#include <boost/program_options.hpp>

#include "job_options.hpp"
#include "output_style.hpp"
#include "scdash/core/file_system.hpp"
#include "scdash/run/project.hpp"

namespace scdash::cli {

struct RunOptions {
  JobOptions job;
  OutputFlags output;
  std::string out;
  std::string report;
  bool strict = false;
  bool pdf = false;
  bool narrative = false;
  bool publish = false;
  bool stamp = false;
};

// Adds run's options but --help and the output style's: --period, --mappings, --template,
// --out, --report, --strict, --pdf, --narrative, --publish, --stamp.
void add_run_options(boost::program_options::options_description& described, RunOptions& options);

// Completes the options from the project file: the job's, and the outputs' (resolved).
void complete_run_options(RunOptions& options, const run::Project& project);

// Runs the job as the options say, writes its outputs and reports the outcome; the exit status.
int run_job(core::FileSystem& file_system, const RunOptions& options, const OutputStyle& style);

}  // namespace scdash::cli
