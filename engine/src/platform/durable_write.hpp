// Writing a file so that it is on the disk, not only in the system's cache, before it is renamed
// into place: a power cut just after a run then leaves the old dashboard or the new one, never
// an empty file under the dashboard's name.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "scdash/core/expected.hpp"

namespace scdash::platform {

// Creates (or truncates) `path`, writes `bytes` and flushes them to the disk; the system's
// reason when any step fails ("No space left on device"). A partly written file is removed.
core::Expected<void, std::string> write_durably(const std::filesystem::path& path,
                                                std::string_view bytes);

// Renames `from` over `to` in one step, so that `to` is the old file or the new one, never
// neither; the system's reason when it cannot, which on Windows says when another program, such
// as Excel, has `to` open.
core::Expected<void, std::string> replace_file(const std::filesystem::path& from,
                                               const std::filesystem::path& to);

// Flushes the folder's entries, so that renames made in it are on the disk too. A folder the
// system cannot flush (some network shares) is left as it is: the files themselves are.
void sync_folder(const std::filesystem::path& folder);

}  // namespace scdash::platform
