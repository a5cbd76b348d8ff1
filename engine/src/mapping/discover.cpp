#include "scdash/mapping/discover.hpp"

#include <cctype>

#include <fmt/format.h>

namespace scdash::mapping {

bool glob_matches(std::string_view pattern, std::string_view name) {
  // Iterative matching with one backtrack point: linear in practice, never exponential.
  std::size_t p = 0;
  std::size_t n = 0;
  std::size_t star = std::string_view::npos;
  std::size_t star_name = 0;
  auto same = [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) ==
           std::tolower(static_cast<unsigned char>(b));
  };
  while (n < name.size()) {
    if (p < pattern.size() && (pattern[p] == '?' || same(pattern[p], name[n]))) {
      ++p;
      ++n;
    } else if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      star_name = n;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      n = ++star_name;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') {
    ++p;
  }
  return p == pattern.size();
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
    std::vector<const Mapping*> matches;
    for (const auto& mapping : mappings) {
      for (const auto& pattern : mapping.file_patterns) {
        if (glob_matches(pattern, entry.name)) {
          matches.push_back(&mapping);
          break;
        }
      }
    }
    if (matches.empty()) {
      diagnostics.push_back(core::Diagnostic::warning(
          "return-unmatched", "no mapping reads this file, so none of its figures are used", where,
          "add its name to the 'files' of the partner's mapping, or remove it from the folder"));
      continue;
    }
    if (matches.size() > 1) {
      diagnostics.push_back(core::Diagnostic::error(
          "return-matched-twice",
          fmt::format("both {} and {} claim this file", matches[0]->file, matches[1]->file), where,
          "make the 'files' patterns of the mappings distinct"));
      continue;
    }
    assignments.push_back({returns_directory / entry.name, display_name, matches.front()});
  }
  return assignments;
}

}  // namespace scdash::mapping
