#include "run_inputs.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace scdash::cli {
namespace {

// A file in the returns folder: where it is, and how diagnostics name it (the folder's own
// name, then the path inside it, as discovery names it).
struct FolderFile {
  std::filesystem::path path;
  std::string display_name;
};

void list_files(core::FileSystem& file_system, const std::filesystem::path& folder,
                const std::string& display_folder, std::vector<FolderFile>& out) {
  const auto entries = file_system.list_directory(folder);
  if (!entries) {
    return;  // discovery has reported a folder it cannot read
  }
  for (const auto& entry : *entries) {
    const std::string display =
        display_folder.empty() ? entry.name : display_folder + "/" + entry.name;
    if (entry.is_directory) {
      list_files(file_system, folder / entry.name, display, out);
    } else {
      out.push_back({folder / entry.name, display});
    }
  }
}

// Whether a diagnostic names the file, or a folder it is in.
bool reported(const core::Diagnostics& diagnostics, const std::string& display_name) {
  return std::any_of(diagnostics.begin(), diagnostics.end(), [&](const core::Diagnostic& d) {
    const std::string& named = d.location.file;
    return named == display_name ||
           (display_name.starts_with(named) && display_name.size() > named.size() &&
            display_name[named.size()] == '/');
  });
}

std::string hash_or_report(core::FileSystem& file_system, const std::filesystem::path& path,
                           const std::string& display_name, core::Diagnostics& diagnostics) {
  auto hash = core::sha256_of_file(file_system, path);
  if (!hash) {
    diagnostics.push_back(core::Diagnostic::warning(
        "input-not-hashed",
        fmt::format("cannot read the file again to checksum it: {}", hash.error()),
        core::Location::in_file(display_name)));
    return {};
  }
  return *hash;
}

void account_for_folder(core::FileSystem& file_system, const std::filesystem::path& folder,
                        render::RunRecord& record) {
  // As discovery names the folder: its last part, even when given with a trailing slash.
  const std::string display_folder = folder.filename().empty()
                                         ? folder.parent_path().filename().generic_string()
                                         : folder.filename().generic_string();
  std::vector<FolderFile> files;
  list_files(file_system, folder, display_folder, files);
  render::FolderAccount& account = record.folder;
  account = {};
  core::Diagnostics found;
  for (const auto& file : files) {
    ++account.files;
    const auto read = std::find_if(
        record.files.begin(), record.files.end(),
        [&](const render::SourceFile& source) { return source.name == file.display_name; });
    if (read != record.files.end()) {
      ++account.read;
      read->sha256 = hash_or_report(file_system, file.path, file.display_name, found);
    } else if (reported(record.diagnostics, file.display_name)) {
      ++account.reported;
    } else {
      ++account.unaccounted;
      found.push_back(
          core::Diagnostic::error("file-unaccounted", "scdash neither read this file nor said why",
                                  core::Location::in_file(file.display_name),
                                  "this is a bug in scdash: please report it, with the file"));
    }
  }
  record.diagnostics.insert(record.diagnostics.end(), found.begin(), found.end());
}

void account_for_cells(render::RunRecord& record) {
  for (const auto& file : record.files) {
    const core::CellAccount& cells = file.cells_in_region;
    if (cells.balances()) {
      continue;
    }
    record.diagnostics.push_back(core::Diagnostic::error(
        "cells-unaccounted",
        fmt::format("of {} non-empty cell(s) in the mapped region, {} were read, {} reported and "
                    "{} left out by 'where': the rest are unaccounted for",
                    cells.non_empty, cells.used, cells.reported, cells.excluded),
        core::Location::in_file(file.name),
        "this is a bug in scdash: please report it, with the file and its mapping"));
  }
}

void hash_configuration(core::FileSystem& file_system, const ConfigurationPaths& paths,
                        const Configuration& configuration, render::RunRecord& record) {
  std::vector<std::pair<render::InputKind, std::string>> inputs;
  for (const auto& mapping : configuration.mappings) {
    inputs.emplace_back(render::InputKind::mapping, mapping.file);
  }
  inputs.emplace_back(render::InputKind::dashboard_template,
                      (paths.dashboard_template / "dashboard.yaml").generic_string());
  for (const char* name : {"areas.yaml", "populations.yaml"}) {
    inputs.emplace_back(render::InputKind::reference, (paths.reference / name).generic_string());
  }
  for (const auto& [kind, name] : inputs) {
    record.configuration.push_back(
        {kind, name, hash_or_report(file_system, name, name, record.diagnostics)});
  }
}

}  // namespace

void record_inputs(core::FileSystem& file_system, const std::filesystem::path& returns_folder,
                   const ConfigurationPaths& paths, const Configuration& configuration,
                   render::RunRecord& record) {
  account_for_folder(file_system, returns_folder, record);
  account_for_cells(record);
  hash_configuration(file_system, paths, configuration, record);
}

}  // namespace scdash::cli
