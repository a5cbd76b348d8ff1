// RunFixture: a partnership folder held in memory (reference data, one mapping, a one-indicator
// template and a CSV return of 24 months for two districts), as ninja's tests hold a virtual
// disk, so that the whole job runs with no process and no disk. Each test changes what it needs.
#pragma once

#include <string>
#include <vector>

#include "scdash/run/job.hpp"
#include "support/memory_file_system.hpp"

namespace scdash::testing {

// The return's figures, by month from Oct 2023 (index 0) to Sep 2025 (index 23).
inline double blaby_crimes(int month) {
  return 100 + month;
}
inline double charnwood_crimes(int month) {
  return 300 + 3 * month;
}

struct RunFixture {
  RunFixture();

  // The request for the folder: the returns, mappings and template, both outputs.
  run::RunRequest request() const;
  // The mapping of the return (mappings/crime.yaml), its figures given as `measure`, which the
  // template's indicator reads as "crime.total".
  static std::string mapping_giving(const std::string& measure);
  // The return's text with the cell of `month`'s Blaby figure replaced by `text`.
  std::string return_with_blaby(int month, const std::string& text) const;

  MemoryFileSystem disk;
  std::string return_text;  // as added at kReturn
  static constexpr const char* kReturn = "returns/crime-2025-26-Q2.csv";
};

// Records what the job reports, in order.
struct RecordingProgress final : run::Progress {
  void stage_started(run::Stage stage) override;
  void stage_finished(run::Stage stage, double seconds) override;
  void reading_file(std::size_t index, std::size_t count, std::string_view name) override;
  void diagnostic(const core::Diagnostic& diagnostic) override;

  std::vector<std::string> events;  // "start reading", "file 1/1 returns/...", "end reading"
  core::Diagnostics diagnostics;
};

}  // namespace scdash::testing
