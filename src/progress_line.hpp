// A line on standard error that says how far a long read has gone ("reading 41 of 96:
// police-records.csv"), redrawn in place and erased when done. Only a terminal gets it: in a
// log or a pipe it would be noise.
#pragma once

#include <cstddef>
#include <string_view>

#include "scdash/run/progress.hpp"

namespace scdash::cli {

// The command line's view of a job's progress: the line while returns are read, nothing else
// (diagnostics are printed, grouped by file, once the job is over).
class ProgressLine final : public run::Progress {
 public:
  // Shows nothing unless `wanted` and standard error is a terminal.
  explicit ProgressLine(bool wanted);
  ~ProgressLine() override;
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

  // Replaces the line with "reading INDEX of COUNT: NAME" (INDEX counting from 1).
  void reading_file(std::size_t index, std::size_t count, std::string_view name) override;
  // The line goes when the returns have been read.
  void stage_finished(run::Stage stage, double seconds) override;

 private:
  // Erases the line, leaving the cursor where it began.
  void erase();

  bool enabled_;
  bool shown_ = false;
};

}  // namespace scdash::cli
