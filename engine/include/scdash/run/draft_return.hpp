// Drafting a mapping for one return of a partnership folder: its layout guessed with the
// folder's reference data, so that the draft recognises the partnership's area names
// (`scdash init-mapping`, the Excel add-in's "Draft a mapping").
//
//   const DraftResult drafted =
//       scdash::run::draft_return_mapping(disk, {"returns/asb.xlsx", "asb.xlsx", "mappings"});
//   if (drafted.yaml) { save(*drafted.yaml); }  // else drafted.diagnostics say why
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "scdash/core/diagnostic.hpp"
#include "scdash/core/file_system.hpp"

namespace scdash::run {

struct DraftRequest {
  std::filesystem::path file;
  std::string display_name;  // how the draft and the diagnostics name the file
  std::filesystem::path mappings_folder;
  std::string sheet = {};  // the sheet to describe; empty, the first visible one
};

struct DraftResult {
  std::optional<std::string> yaml;  // the draft, with TODO where the layout cannot say
  // Problems with the reference data (the draft is still made, recognising fewer names) and,
  // when there is no draft, why: the return unreadable, or the sheet asked for missing.
  core::Diagnostics diagnostics;
};

DraftResult draft_return_mapping(core::FileSystem& file_system, const DraftRequest& request);

}  // namespace scdash::run
