// --json for 'scdash run' and 'scdash validate': one JSON document on standard output, for
// scripts and CI, whatever the outcome once the options have been understood.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "scdash/run/job.hpp"

namespace scdash::cli {

// {"command", "exit_status", "title" and "quarter" and "summary" (null when the dashboard was
// not computed), "written": the files written, "diagnostics": every one, infos included}.
std::string result_json(std::string_view command, int exit_status, const run::RunResult& result,
                        const std::vector<std::string>& written);

}  // namespace scdash::cli
