// Discovery: which mapping reads which file in a returns folder.
//
// Every file is either matched by exactly one mapping or reported, so that no return is ever
// left out of a dashboard without the analyst being told. A file's name picks the mappings
// that may read it; when two partners' files are named alike, each mapping's fingerprint
// (text its layout shows near the top) tells them apart once the workbook is open.
//
//   const auto assignments =
//       scdash::mapping::discover_returns(disk, "returns", mappings, diagnostics);
//   for (const auto& assignment : *assignments) { read(assignment.path, *assignment.mapping); }
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "scdash/core/diagnostic.hpp"
#include "scdash/core/file_system.hpp"
#include "scdash/core/period.hpp"
#include "scdash/io/workbook.hpp"
#include "scdash/mapping/glob.hpp"
#include "scdash/mapping/mapping.hpp"

namespace scdash::mapping {

struct Assignment {
  std::filesystem::path path;  // the return on disk
  std::string display_name;    // how messages name it: the returns folder's name and the file's
  // The mapping that reads it, when its name alone decides; otherwise nullptr, and
  // choose_mapping picks among `candidates` by fingerprint once the workbook is open.
  const Mapping* mapping = nullptr;
  std::vector<const Mapping*> candidates;  // every mapping whose 'files' match the name
  // The quarter folder the return came from ("2025-26-Q2/"), or nullopt when it lies in the
  // returns folder itself. A later quarter's figure supersedes an earlier quarter's.
  std::optional<core::FinancialQuarter> drop = std::nullopt;
};

// The mappings whose 'files' patterns match `file_name`, in the order given.
std::vector<const Mapping*> mappings_for_file(std::string_view file_name,
                                              const std::vector<Mapping>& mappings);

// Pairs one return with the mapping(s) that may read it. Nullopt, with the reason in
// `diagnostics`, when no mapping's 'files' match, or several do and fingerprints cannot
// tell them apart (at most one of them may lack a fingerprint).
std::optional<Assignment> assign_return(const std::filesystem::path& path,
                                        const std::string& display_name,
                                        const std::vector<Mapping>& mappings,
                                        core::Diagnostics& diagnostics);

// Lists the returns folder and pairs each file with its mapping. The folder is either one
// quarter's drop of returns or an archive of drops: sub-folders named after a financial
// quarter ("2025-26-Q2") are read too, oldest quarter first, and each return remembers its
// quarter. Other sub-folders, lock files ("~$...") and hidden files are skipped with a note;
// unmatched and doubly matched files are reported in `diagnostics`, as are links leading out of
// the returns folder (return-outside-folder), which are not read. Fails when the folder cannot
// be listed.
core::Expected<std::vector<Assignment>, core::Diagnostic> discover_returns(
    core::FileSystem& file_system, const std::filesystem::path& returns_directory,
    const std::vector<Mapping>& mappings, core::Diagnostics& diagnostics);

// The mapping that reads the opened workbook: the assignment's own mapping, or else the one
// candidate whose fingerprint the workbook shows (a candidate without a fingerprint is taken
// only when no fingerprint matches). Nullptr, with a diagnostic, when none or several fit.
const Mapping* choose_mapping(const Assignment& assignment, io::Workbook& workbook,
                              core::Diagnostics& diagnostics);

}  // namespace scdash::mapping
