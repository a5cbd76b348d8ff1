// Loading the configuration, each file read listed with the SHA-256 of its bytes.
#pragma once

#include <filesystem>
#include <vector>

#include "scdash/core/diagnostic.hpp"
#include "scdash/core/file_system.hpp"
#include "scdash/run/configuration.hpp"

namespace scdash::run {

// Loads the mappings folder's mappings (or, given `only_mapping`, that one file) and its
// reference data, and checks the mappings' area aliases against it. Problems go to
// `diagnostics`; the files read are added to `files` when it is given.
ReturnsConfiguration load_returns_configuration(
    core::FileSystem& file_system, const std::filesystem::path& mappings_folder,
    core::Diagnostics& diagnostics, const std::filesystem::path& only_mapping = {},
    std::vector<core::ConfigurationFile>* files = nullptr);

// Loads the whole configuration: the returns' and the template (dashboard.yaml, layout.yaml).
Configuration load_configuration(core::FileSystem& file_system, const ConfigurationPaths& paths,
                                 core::Diagnostics& diagnostics);

}  // namespace scdash::run
