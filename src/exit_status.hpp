// The exit statuses of every scdash command (documented in docs/cli.md).
#pragma once

namespace scdash::cli {

enum ExitStatus : int {
  kSuccess = 0,
  kDataErrors = 1,        // the dashboard was written, with the affected figures "n/a"
  kUsageError = 2,        // bad options, or a mapping, template or reference file in error
  kInputOutputError = 3,  // a folder could not be read or the output could not be written
};

}  // namespace scdash::cli
