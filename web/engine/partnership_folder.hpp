// PartnershipFolder: what the page and the Excel add-in give the engine: a BI team's working
// folder (its scdash.yaml, mappings, template and returns) held in memory, and the two jobs done
// on it, and a mapping drafted for a return, each answered as one JSON document that the page
// shows as it is.
//
//   web::PartnershipFolder folder;
//   folder.add_file("scdash.yaml", project_text);   // paths relative to the folder
//   folder.add_file("returns/2025-26-Q2/marac.xlsx", bytes);
//   const std::string result = folder.run({}, progress);  // {"stop": "none", "outputs": [...]}
//   const auto dashboard = folder.output("out/dashboard.xlsx");
#pragma once

#include <optional>
#include <string>

#include "scdash/core/memory_file_system.hpp"
#include "scdash/run/progress.hpp"

namespace scdash::web {

struct JobChoices {
  std::string quarter;  // "2025/26-Q2"; empty: as the command line chooses it
  bool strict = false;  // nothing rendered while any error remains
  // Also the board report's draft, as `scdash run --narrative` (or the project file) asks.
  bool narrative = false;
  // Also the copy to publish, as `scdash run --publish` (or the project file) asks.
  bool publish = false;
};

class PartnershipFolder {
 public:
  void add_file(const std::string& path, std::string bytes);

  // The quarter's job, as `scdash run` does it in the folder: with the project file's returns,
  // mappings, template and outputs (else returns/, mappings/, the safer-communities template and
  // out/). The outputs stay in the folder, for output(). The result:
  // A job that cannot start says why: {"stop": "project_errors" (scdash.yaml has mistakes) |
  // "quarter_not_understood", "failure", "diagnostics"}. Otherwise:
  //   {"stop": "none" | run::stop_name | "writing_failed", "failure", "title", "quarter",
  //   "summary",
  //    "areas": {code: name}, "rag_labels": {"Red": "R", ...}, "outputs": [{"path", "bytes"}],
  //    "diagnostics": [...], "timings": [{"stage", "seconds"}]}
  std::string run(const JobChoices& choices, run::Progress& progress);

  // One return through its mapping (`scdash map`): the mapping given, or the one the job would
  // choose when `mapping` is empty. `display_name` names the file in the problems (empty: its
  // path), so that the workbook open in Excel, which the add-in keeps apart from the returns, is
  // named as Excel names it. The result:
  //   {"stop": "none" | "no_usable_mapping" | "unreadable" | "no_mapping_reads", "mapping",
  //    "description", "configuration_broken", "cells", "figures": [...], "diagnostics": [...]}
  std::string check(const std::string& path, const std::string& mapping,
                    const std::string& display_name = {});

  // A starting mapping for the return at `path` (`scdash init-mapping`), recognising the
  // folder's area names; `sheet` empty for the first visible one. The result:
  //   {"yaml": text | null, "diagnostics": [...]} (null, with the diagnostics saying why)
  std::string draft_mapping(const std::string& path, const std::string& display_name,
                            const std::string& sheet);

  // A file of the folder, such as an output of run(); nullopt when there is none.
  std::optional<std::string> output(const std::string& path) const;

 private:
  core::MemoryFileSystem files_;
};

}  // namespace scdash::web
