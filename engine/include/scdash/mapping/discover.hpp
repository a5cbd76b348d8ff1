// Discovery: which mapping reads which file in a returns folder.
//
// Every file is either matched by exactly one mapping or reported, so that no return
// is ever left out of a dashboard without the analyst being told.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "scdash/core/diagnostic.hpp"
#include "scdash/core/file_system.hpp"
#include "scdash/mapping/mapping.hpp"

namespace scdash::mapping {

struct Assignment {
  std::filesystem::path path;  // the return on disk
  std::string display_name;    // how messages name it: the returns folder's name and the file's
  const Mapping* mapping = nullptr;
};

// Lists the returns folder and pairs each file with its mapping. Lock files ("~$...") and
// hidden files are skipped with a note; unmatched and doubly matched files are reported in
// `diagnostics`. Fails when the folder cannot be listed.
core::Expected<std::vector<Assignment>, core::Diagnostic> discover_returns(
    core::FileSystem& file_system, const std::filesystem::path& returns_directory,
    const std::vector<Mapping>& mappings, core::Diagnostics& diagnostics);

// Case-insensitive glob match of a file name: '*' any run of characters, '?' any one.
bool glob_matches(std::string_view pattern, std::string_view name);

}  // namespace scdash::mapping
