#include "scdash/validate/accounting.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace scdash::validate {
namespace {

// Lists the files of `folder` and of the folders inside it. A link to a folder is listed as one
// entry, not walked (discovery reports it): a link loop would otherwise be walked until paths
// overflow.
void list_files(core::FileSystem& file_system, const std::filesystem::path& folder,
                const std::string& display_folder, std::vector<std::string>& out) {
  const auto entries = file_system.list_directory(folder);
  if (!entries) {
    return;  // discovery has reported a folder it cannot read
  }
  for (const auto& entry : *entries) {
    const std::string display =
        display_folder.empty() ? entry.name : display_folder + "/" + entry.name;
    if (entry.is_directory && !entry.is_link) {
      list_files(file_system, folder / entry.name, display, out);
    } else {
      out.push_back(display);
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

void account_for_folder(core::FileSystem& file_system, const std::filesystem::path& folder,
                        core::RunRecord& record) {
  // As discovery names the folder: its last part, even when given with a trailing slash.
  const std::string display_folder = folder.filename().empty()
                                         ? folder.parent_path().filename().generic_string()
                                         : folder.filename().generic_string();
  std::vector<std::string> files;  // as diagnostics name them
  list_files(file_system, folder, display_folder, files);
  core::FolderAccount& account = record.folder;
  account = {};
  core::Diagnostics found;
  for (const auto& file : files) {
    ++account.files;
    const auto read =
        std::find_if(record.files.begin(), record.files.end(),
                     [&](const core::SourceFile& source) { return source.name == file; });
    if (read != record.files.end()) {
      ++account.read;
    } else if (reported(record.diagnostics, file)) {
      ++account.reported;
    } else {
      ++account.unaccounted;
      found.push_back(
          core::Diagnostic::error("file-unaccounted", "scdash neither read this file nor said why",
                                  core::Location::in_file(file),
                                  "this is a bug in scdash: please report it, with the file"));
    }
  }
  // A return read and then removed (or renamed) before the folder was listed again: its figures
  // are those read, and it is counted, so that the accounting and report.json's inputs agree.
  for (const auto& source : record.files) {
    if (std::find(files.begin(), files.end(), source.name) == files.end()) {
      ++account.files;
      ++account.read;
      found.push_back(core::Diagnostic::warning(
          "return-removed",
          "was read, then removed from the returns folder before the run ended; its figures are "
          "those read",
          core::Location::in_file(source.name)));
    }
  }
  record.diagnostics.insert(record.diagnostics.end(), found.begin(), found.end());
}

void account_for_cells(core::RunRecord& record) {
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

}  // namespace

void account_for_returns(core::FileSystem& file_system, const std::filesystem::path& returns_folder,
                         core::RunRecord& record) {
  account_for_folder(file_system, returns_folder, record);
  account_for_cells(record);
}

}  // namespace scdash::validate
