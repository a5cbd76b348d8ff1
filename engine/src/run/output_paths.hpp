// A request's output paths checked against its inputs, before anything is read.
//
// An output inside the returns folder would replace a return, or be read as one by the next
// run; one inside a configuration folder would replace a mapping or the template; two outputs
// at one path would leave only the last written. Each is a mistake in the request.
#pragma once

#include "scdash/core/diagnostic.hpp"
#include "scdash/core/file_system.hpp"
#include "scdash/run/job.hpp"

namespace scdash::run {

// output-over-input for each output inside an input folder, outputs-same-path for an output
// named twice; none when the outputs are clear of the inputs (or no outputs are asked for).
core::Diagnostics check_output_paths(core::FileSystem& file_system, const RunRequest& request);

}  // namespace scdash::run
