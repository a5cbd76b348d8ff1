// The accounting invariant of a run: nothing in the returns folder is lost silently.
//
// Every file in the folder (and in folders inside it) was read or is named by a diagnostic
// that says why not; every non-empty cell of a mapped region was read, reported or left out
// on purpose. A breach is a bug in scdash, reported as an error so that it is never silent.
//
//   scdash::validate::account_for_returns(disk, "returns", record);
//   record.folder.balances();  // every file in the folder read or reported
#pragma once

#include <filesystem>

#include "scdash/core/file_system.hpp"
#include "scdash/core/run_record.hpp"

namespace scdash::validate {

// Lists `returns_folder` and fills `record.folder`; adds file-unaccounted for a file neither
// read nor named by a diagnostic, cells-unaccounted for a return whose cells do not add up, and
// return-removed for a return read and then removed from the folder (counted as read, so the
// accounting and the inputs listed agree).
// Files are named as discovery names them: the folder's own name, then the path inside it.
void account_for_returns(core::FileSystem& file_system, const std::filesystem::path& returns_folder,
                         core::RunRecord& record);

}  // namespace scdash::validate
