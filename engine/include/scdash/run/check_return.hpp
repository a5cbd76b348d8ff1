// Checking one return: a dry run of a single file through its mapping, with every figure read
// and every problem, and nothing computed. How an analyst sees at once what a mapping reads
// while editing it (`scdash map`, the page's "check one return", the add-in's "Check this
// return").
//
//   CheckRequest request{"returns/marac-2025-26-Q2.xlsx", "returns/marac-2025-26-Q2.xlsx",
//                        "mappings"};
//   const CheckResult checked = scdash::run::check_return(disk, request);
//   for (const auto& figure : checked.observations) { ... }
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "scdash/core/cell_account.hpp"
#include "scdash/core/diagnostic.hpp"
#include "scdash/core/file_system.hpp"
#include "scdash/core/observation.hpp"
#include "scdash/mapping/load.hpp"

namespace scdash::run {

struct CheckRequest {
  std::filesystem::path file;
  std::string display_name;  // how diagnostics name the file
  std::filesystem::path mappings_folder;
  // The mapping file to read the return with; empty, the one the whole job would choose.
  std::filesystem::path mapping = {};
};

// Why a check read nothing.
enum class CheckStop {
  none,
  no_usable_mapping,  // no mapping could be loaded
  unreadable,         // the return could not be opened
  no_mapping_reads,   // no mapping's 'files' (or fingerprint) fits the return
};

struct CheckResult {
  CheckStop stop = CheckStop::none;
  std::string mapping_file;         // the mapping(s) that read the return: "a.yaml and b.yaml"
  std::string mapping_description;  // theirs, joined by "; "
  std::vector<core::Observation> observations;
  core::CellAccount cells_in_region;
  core::Diagnostics diagnostics;
  mapping::ReferenceData reference;  // to name the observations' areas
  // A mapping elsewhere in the folder has errors: the check still ran, but the whole job would
  // refuse to start.
  bool configuration_broken = false;
};

CheckResult check_return(core::FileSystem& file_system, const CheckRequest& request);

}  // namespace scdash::run
