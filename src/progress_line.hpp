// A line on standard error that says how far a long read has gone ("reading 41 of 96:
// police-records.csv"), redrawn in place and erased when done. Only a terminal gets it: in a
// log or a pipe it would be noise.
#pragma once

#include <cstddef>
#include <string_view>

namespace scdash::cli {

class ProgressLine {
 public:
  // Shows nothing unless `wanted` and standard error is a terminal.
  explicit ProgressLine(bool wanted);
  ~ProgressLine();
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

  // Replaces the line with "reading INDEX of COUNT: NAME" (INDEX counting from 1).
  void reading(std::size_t index, std::size_t count, std::string_view name);
  // Erases the line, leaving the cursor where it began.
  void erase();

 private:
  bool enabled_;
  bool shown_ = false;
};

}  // namespace scdash::cli
