// Finding the project file (scdash.yaml) a command runs under: in the current folder or the
// nearest folder above it, as git finds its repository. What it may say is in
// scdash/run/project.hpp.
#pragma once

#include <filesystem>
#include <optional>
#include <string_view>

#include "scdash/core/expected.hpp"
#include "scdash/core/file_system.hpp"
#include "scdash/run/project.hpp"

namespace scdash::cli {

// The scdash.yaml in `folder` or in the nearest folder above it, named relative to `folder`
// ("scdash.yaml", "../scdash.yaml", ...); nullopt when there is none up to the filesystem root.
std::optional<std::filesystem::path> find_project_file(const std::filesystem::path& folder);

// The current folder's project (an empty Project when there is none). When the file has
// mistakes, prints them, names `command`, and fails with the usage-error status; when it cannot
// be read, with the input/output-error status.
core::Expected<run::Project, int> load_project(core::FileSystem& file_system,
                                               std::string_view command);

}  // namespace scdash::cli
