#include "scdash/mapping/discover.hpp"

#include <algorithm>
#include <iterator>

#include <fmt/format.h>

#include "mapping/sheet_context.hpp"
#include "mapping/sheet_selection.hpp"
#include "scdash/core/text.hpp"

namespace scdash::mapping {
namespace {

// Whether the sheet shows every fingerprint text of the mapping.
bool shows_fingerprint(const Mapping& mapping, io::Workbook& workbook, std::size_t sheet) {
  if (mapping.fingerprint.empty()) {
    return true;
  }
  const auto context = read_sheet_context(workbook, sheet, {}, mapping.fingerprint);
  return context && context->missing_fingerprint.empty();
}

std::string files_of(const std::vector<const Mapping*>& mappings) {
  std::vector<std::string> names;
  for (const Mapping* mapping : mappings) {
    names.push_back(mapping->file);
  }
  return fmt::format("{}", fmt::join(names, " and "));
}

// One folder of returns: the returns folder itself, or one quarter's drop inside it.
struct Drop {
  std::filesystem::path directory;
  std::string display_name;  // how messages name the folder
  std::optional<core::FinancialQuarter> quarter;
  std::filesystem::path returns_folder;  // resolved: where every return must lie
};

struct QuarterFolder {
  core::FinancialQuarter quarter;
  std::string name;
};

std::string joined(const std::string& folder, const std::string& name) {
  return folder.empty() ? name : folder + "/" + name;
}

// Pairs each file of one drop with its mapping. Sub-folders named after a financial quarter
// are collected in `quarter_folders` when it is given (only the returns folder itself holds
// quarter folders); every other sub-folder is skipped with a note.
core::Expected<std::vector<Assignment>, core::Diagnostic> discover_drop(
    core::FileSystem& file_system, const Drop& drop, const std::vector<Mapping>& mappings,
    core::Diagnostics& diagnostics, std::vector<QuarterFolder>* quarter_folders) {
  const auto entries = file_system.list_directory(drop.directory);
  if (!entries) {
    return core::unexpected(core::Diagnostic::error(
        "returns-unreadable", fmt::format("cannot read the returns folder: {}", entries.error()),
        core::Location::in_file(drop.quarter ? drop.display_name
                                             : drop.directory.generic_string())));
  }
  std::vector<Assignment> assignments;
  for (const auto& entry : *entries) {
    const std::string display_name = joined(drop.display_name, entry.name);
    const auto where = core::Location::in_file(display_name);
    const std::filesystem::path path = drop.directory / entry.name;
    if (!core::is_plain_text(entry.name)) {
      diagnostics.push_back(core::Diagnostic::warning(
          "return-name-not-text",
          "its name holds control characters or bytes that are not UTF-8 text; the outputs show "
          "the characters escaped (\\x01 in the dashboard, \\u0001 in report.json) and the "
          "bytes as \xEF\xBF\xBD",
          where, "rename the file (or folder) with plain letters, digits and punctuation"));
    }
    // A link is followed only to a file within the returns folder: one leading out could make
    // scdash read (and checksum into report.json) any file the analyst may read, and one to a
    // folder could list the folder inside itself, or a quarter's returns twice.
    if (entry.is_link) {
      const std::filesystem::path leads_to = file_system.resolve(path);
      if (!core::lies_within(drop.returns_folder, leads_to)) {
        diagnostics.push_back(core::Diagnostic::warning(
            "return-outside-folder",
            fmt::format("is a link to {}, outside the returns folder, so it is not read",
                        leads_to.generic_string()),
            where, "copy the return itself into the returns folder, rather than a link to it"));
        continue;
      }
      if (entry.is_directory) {
        diagnostics.push_back(core::Diagnostic::warning(
            "return-folder-link",
            fmt::format("is a link to the folder {}, and links to folders are not read, so that "
                        "no return is read twice",
                        leads_to.generic_string()),
            where, "move or copy the folder itself into the returns folder"));
        continue;
      }
    }
    if (entry.is_directory) {
      const auto quarter = core::FinancialQuarter::parse(entry.name);
      if (quarter && quarter_folders != nullptr) {
        quarter_folders->push_back({*quarter, entry.name});
      } else {
        diagnostics.push_back(core::Diagnostic::info(
            "return-folder-skipped", "folder inside the returns folder is not read", where,
            quarter_folders != nullptr
                ? "a quarter's returns are read from a folder named after it, like 2025-26-Q2"
                : "a quarter folder's returns are read from the folder itself, not from "
                  "folders inside it"));
      }
      continue;
    }
    if (entry.name.starts_with("~$") || entry.name.starts_with(".")) {
      diagnostics.push_back(
          core::Diagnostic::info("return-lock-file-skipped", "lock or hidden file skipped", where,
                                 "a file named '~$...' is left by Excel while a workbook is open"));
      continue;
    }
    if (auto assignment = assign_return(path, display_name, mappings, diagnostics)) {
      assignment->drop = drop.quarter;
      assignments.push_back(std::move(*assignment));
    }
  }
  return assignments;
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
  return Assignment{path, display_name, std::move(matches)};
}

core::Expected<std::vector<Assignment>, core::Diagnostic> discover_returns(
    core::FileSystem& file_system, const std::filesystem::path& returns_directory,
    const std::vector<Mapping>& mappings, core::Diagnostics& diagnostics) {
  const std::string folder = returns_directory.filename().empty()
                                 ? returns_directory.parent_path().filename().generic_string()
                                 : returns_directory.filename().generic_string();
  std::vector<QuarterFolder> quarter_folders;
  const std::filesystem::path resolved = file_system.resolve(returns_directory);
  const Drop root{returns_directory, folder, std::nullopt, resolved};
  auto in_root = discover_drop(file_system, root, mappings, diagnostics, &quarter_folders);
  if (!in_root) {
    return core::unexpected(std::move(in_root.error()));
  }
  std::vector<Assignment> assignments = std::move(*in_root);
  std::stable_sort(
      quarter_folders.begin(), quarter_folders.end(),
      [](const QuarterFolder& a, const QuarterFolder& b) { return a.quarter < b.quarter; });
  for (const auto& quarter_folder : quarter_folders) {
    const Drop drop{returns_directory / quarter_folder.name, joined(folder, quarter_folder.name),
                    quarter_folder.quarter, resolved};
    auto listed = discover_drop(file_system, drop, mappings, diagnostics, nullptr);
    if (!listed) {
      diagnostics.push_back(std::move(listed.error()));
      continue;
    }
    std::move(listed->begin(), listed->end(), std::back_inserter(assignments));
  }
  return assignments;
}

std::vector<Claim> claim_sheets(const Assignment& assignment, io::Workbook& workbook,
                                core::Diagnostics& diagnostics) {
  const auto& candidates = assignment.candidates;
  if (candidates.size() == 1) {
    // Its own problems (no such sheet, a fingerprint missing) are its to report as it reads.
    auto sheets =
        select_sheets(*candidates.front(), workbook, assignment.display_name, diagnostics);
    if (sheets.empty()) {
      return {};
    }
    return {Claim{candidates.front(), std::move(sheets)}};
  }
  // For each sheet, the candidates that would read it, with a fingerprint and without.
  const std::size_t sheet_count = workbook.sheets().size();
  std::vector<std::vector<const Mapping*>> by_fingerprint(sheet_count);
  std::vector<std::vector<const Mapping*>> plain(sheet_count);
  // A candidate without a fingerprint that selects no sheet, and its problems selecting one.
  std::vector<core::Diagnostics> lost;
  for (const Mapping* candidate : candidates) {
    core::Diagnostics selecting;
    const auto sheets = select_sheets(*candidate, workbook, assignment.display_name, selecting);
    for (const std::size_t sheet : sheets) {
      if (shows_fingerprint(*candidate, workbook, sheet)) {
        (candidate->fingerprint.empty() ? plain : by_fingerprint)[sheet].push_back(candidate);
      }
    }
    if (sheets.empty() && candidate->fingerprint.empty()) {
      lost.push_back(std::move(selecting));
    }
  }
  // Its sheet gone (a partner renamed it) is an error, unless the workbook is another
  // partner's, as a fingerprint it shows says; a candidate with a fingerprint the workbook does
  // not show is another partner's layout, and no problem.
  if (std::all_of(by_fingerprint.begin(), by_fingerprint.end(),
                  [](const auto& fitting) { return fitting.empty(); })) {
    for (const core::Diagnostics& problems : lost) {
      diagnostics.insert(diagnostics.end(), problems.begin(), problems.end());
    }
  }
  std::vector<Claim> claims;
  for (std::size_t sheet = 0; sheet < sheet_count; ++sheet) {
    // Several may read one sheet, each its own table: cells two of them read are reported
    // once they are read.
    for (const Mapping* mapping :
         by_fingerprint[sheet].empty() ? plain[sheet] : by_fingerprint[sheet]) {
      const auto claim = std::find_if(claims.begin(), claims.end(),
                                      [&](const Claim& c) { return c.mapping == mapping; });
      if (claim == claims.end()) {
        claims.push_back({mapping, {sheet}});
      } else {
        claim->sheets.push_back(sheet);
      }
    }
  }
  if (claims.empty()) {
    diagnostics.push_back(core::Diagnostic::warning(
        "return-unmatched",
        fmt::format("{} may read this file by its name, but none of its sheets is one they read "
                    "showing their fingerprints, so none of its figures are used",
                    files_of(candidates)),
        core::Location::in_file(assignment.display_name),
        "check each mapping's 'sheet' and 'fingerprint' against the file"));
  }
  return claims;
}

std::string mapping_files(const std::vector<Claim>& claims) {
  std::vector<const Mapping*> mappings;
  for (const Claim& claim : claims) {
    mappings.push_back(claim.mapping);
  }
  return files_of(mappings);
}

}  // namespace scdash::mapping
