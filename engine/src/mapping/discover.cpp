#include "scdash/mapping/discover.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "mapping/sheet_context.hpp"
#include "mapping/sheet_selection.hpp"

namespace scdash::mapping {
namespace {

// Whether the workbook shows the mapping's sheet and, in each of those sheets, every
// fingerprint text.
bool fits(const Mapping& mapping, io::Workbook& workbook, const std::string& display_name) {
  core::Diagnostics ignored;  // the chosen mapping reports its own problems when it reads
  const auto sheets = select_sheets(mapping, workbook, display_name, ignored);
  return !sheets.empty() && (mapping.fingerprint.empty() ||
                             std::all_of(sheets.begin(), sheets.end(), [&](std::size_t sheet) {
                               const auto context =
                                   read_sheet_context(workbook, sheet, {}, mapping.fingerprint);
                               return context && context->missing_fingerprint.empty();
                             }));
}

std::string files_of(const std::vector<const Mapping*>& mappings) {
  std::vector<std::string> names;
  for (const Mapping* mapping : mappings) {
    names.push_back(mapping->file);
  }
  return fmt::format("{}", fmt::join(names, " and "));
}

}  // namespace

std::vector<const Mapping*> mappings_for_file(std::string_view file_name,
                                              const std::vector<Mapping>& mappings) {
  std::vector<const Mapping*> matches;
  for (const auto& mapping : mappings) {
    if (std::any_of(mapping.file_patterns.begin(), mapping.file_patterns.end(),
                    [&](const std::string& pattern) { return glob_matches(pattern, file_name); })) {
      matches.push_back(&mapping);
    }
  }
  return matches;
}

std::optional<Assignment> assign_return(const std::filesystem::path& path,
                                        const std::string& display_name,
                                        const std::vector<Mapping>& mappings,
                                        core::Diagnostics& diagnostics) {
  const auto where = core::Location::in_file(display_name);
  auto matches = mappings_for_file(path.filename().string(), mappings);
  if (matches.empty()) {
    diagnostics.push_back(core::Diagnostic::warning(
        "return-unmatched", "no mapping reads this file, so none of its figures are used", where,
        "add its name to the 'files' of the partner's mapping, or remove it from the folder"));
    return std::nullopt;
  }
  if (matches.size() == 1) {
    return Assignment{path, display_name, matches.front(), matches};
  }
  const auto without_fingerprint =
      std::count_if(matches.begin(), matches.end(),
                    [](const Mapping* mapping) { return mapping->fingerprint.empty(); });
  if (without_fingerprint > 1) {
    diagnostics.push_back(core::Diagnostic::error(
        "return-matched-twice",
        fmt::format("both {} and {} claim this file", matches[0]->file, matches[1]->file), where,
        "make the 'files' patterns of the mappings distinct, or give each a 'fingerprint'"));
    return std::nullopt;
  }
  return Assignment{path, display_name, nullptr, std::move(matches)};
}

core::Expected<std::vector<Assignment>, core::Diagnostic> discover_returns(
    core::FileSystem& file_system, const std::filesystem::path& returns_directory,
    const std::vector<Mapping>& mappings, core::Diagnostics& diagnostics) {
  std::vector<Assignment> assignments;
  const auto entries = file_system.list_directory(returns_directory);
  if (!entries) {
    return core::unexpected(core::Diagnostic::error(
        "returns-unreadable", fmt::format("cannot read the returns folder: {}", entries.error()),
        core::Location::in_file(returns_directory.generic_string())));
  }
  const std::string folder = returns_directory.filename().empty()
                                 ? returns_directory.parent_path().filename().generic_string()
                                 : returns_directory.filename().generic_string();
  for (const auto& entry : *entries) {
    const std::string display_name = folder.empty() ? entry.name : folder + "/" + entry.name;
    const auto where = core::Location::in_file(display_name);
    if (entry.is_directory) {
      diagnostics.push_back(core::Diagnostic::info(
          "return-folder-skipped", "folder inside the returns folder is not read", where));
      continue;
    }
    if (entry.name.starts_with("~$") || entry.name.starts_with(".")) {
      diagnostics.push_back(
          core::Diagnostic::info("return-lock-file-skipped", "lock or hidden file skipped", where,
                                 "a file named '~$...' is left by Excel while a workbook is open"));
      continue;
    }
    if (auto assignment =
            assign_return(returns_directory / entry.name, display_name, mappings, diagnostics)) {
      assignments.push_back(std::move(*assignment));
    }
  }
  return assignments;
}

const Mapping* choose_mapping(const Assignment& assignment, io::Workbook& workbook,
                              core::Diagnostics& diagnostics) {
  if (assignment.mapping != nullptr) {
    return assignment.mapping;
  }
  std::vector<const Mapping*> by_fingerprint;
  std::vector<const Mapping*> plain;
  for (const Mapping* candidate : assignment.candidates) {
    if (fits(*candidate, workbook, assignment.display_name)) {
      (candidate->fingerprint.empty() ? plain : by_fingerprint).push_back(candidate);
    }
  }
  const auto& fitting = by_fingerprint.empty() ? plain : by_fingerprint;
  const auto where = core::Location::in_file(assignment.display_name);
  if (fitting.size() == 1) {
    return fitting.front();
  }
  if (fitting.empty()) {
    diagnostics.push_back(core::Diagnostic::warning(
        "return-unmatched",
        fmt::format("{} may read this file by its name, but its sheets do not show their "
                    "fingerprints, so none of its figures are used",
                    files_of(assignment.candidates)),
        where, "check each mapping's 'sheet' and 'fingerprint' against the file"));
  } else {
    diagnostics.push_back(core::Diagnostic::error(
        "return-matched-twice",
        fmt::format("both {} and {} fit this file", fitting[0]->file, fitting[1]->file), where,
        "make their 'fingerprint' texts tell the layouts apart"));
  }
  return nullptr;
}

}  // namespace scdash::mapping
