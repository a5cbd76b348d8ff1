// The machine's file system, through the standard library, with the system-specific pieces of
// writing (durable writes, the folder lock, deferred interrupts) behind their own headers.
#include "scdash/platform/disk_file_system.hpp"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <fstream>
#include <random>
#include <system_error>

#include <fmt/format.h>

#include "platform/deferred_interrupts.hpp"
#include "platform/durable_write.hpp"
#include "platform/folder_listing.hpp"
#include "platform/folder_lock.hpp"
#include "platform/links.hpp"

namespace scdash::platform {
namespace {

namespace fs = std::filesystem;
using core::DirectoryEntry;
using core::Expected;
using core::FileSystem;
using core::FileToWrite;
using core::InputFile;
using core::unexpected;
using core::WriteFailure;

class DiskInputFile final : public InputFile {
 public:
  DiskInputFile(std::ifstream stream, fs::path path, std::uint64_t size,
                fs::file_time_type modified)
      : stream_(std::move(stream)), path_(std::move(path)), size_(size), modified_(modified) {}

  std::uint64_t size() const override { return size_; }

  Expected<std::size_t, std::string> read_at(std::uint64_t offset,
                                             std::span<char> buffer) override {
    if (offset >= size_) {
      return std::size_t{0};
    }
    stream_.clear();
    stream_.seekg(static_cast<std::streamoff>(offset));
    stream_.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    const auto got = static_cast<std::size_t>(stream_.gcount());
    if (stream_.bad()) {
      return unexpected<std::string>(fmt::format("read failed at byte {}", offset));
    }
    if (got < buffer.size() && offset + got < size_) {
      // Readers trust the size the file had when opened; a shorter file now was truncated
      // or replaced while scdash read it, and its figures cannot be trusted.
      return unexpected<std::string>(
          fmt::format("it ends at byte {} but had {} bytes when opened: it was changed while "
                      "scdash read it; run again once it is complete",
                      offset + got, size_));
    }
    return got;
  }

  Expected<void, std::string> check_unchanged() const override {
    std::error_code error;
    const auto size = fs::file_size(path_, error);
    if (error) {
      return unexpected(fmt::format(
          "it was removed while scdash read it ({}); run again once it is back", error.message()));
    }
    const auto modified = fs::last_write_time(path_, error);
    if (size != size_) {
      return unexpected(fmt::format(
          "it changed while scdash read it (it had {} bytes when opened, and has {} now): a copy "
          "still arriving? Run again once it is complete",
          size_, size));
    }
    if (error || modified != modified_) {
      return unexpected<std::string>(
          "it was written to while scdash read it; run again once it is complete");
    }
    return {};
  }

 private:
  std::ifstream stream_;
  fs::path path_;
  std::uint64_t size_;
  fs::file_time_type modified_;
};

// The name of a folder's entry as UTF-8 text. A Windows name may hold half of a UTF-16
// surrogate pair, which no UTF-8 can: it is then shown as U+FFFD, and reported as a return that
// cannot be opened by that name, rather than ending the run.
std::string name_of(const fs::path& path) {
  try {
    return path.filename().string();
  } catch (const fs::filesystem_error&) {
    return "\xEF\xBF\xBD";
  }
}

std::string describe(const std::error_code& error) {
  return error.message();
}

class DiskFileSystem final : public FileSystem {
 public:
  Expected<std::unique_ptr<InputFile>, std::string> open_for_reading(
      const fs::path& path) override {
    std::error_code error;
    const auto status = fs::status(path, error);
    if (error) {
      return unexpected(describe(error));
    }
    if (fs::is_directory(status)) {
      return unexpected<std::string>("is a directory");
    }
    const auto size = fs::file_size(path, error);
    const auto modified = error ? fs::file_time_type() : fs::last_write_time(path, error);
    if (error) {
      return unexpected(describe(error));
    }
    errno = 0;
    std::ifstream stream(path, std::ios::binary);
    if (!stream) {
      return unexpected(last_system_error("cannot be opened for reading"));
    }
    return std::unique_ptr<InputFile>(
        std::make_unique<DiskInputFile>(std::move(stream), path, size, modified));
  }

  Expected<std::vector<DirectoryEntry>, std::string> list_directory(const fs::path& path) override {
    const auto listed = list_folder(path);
    if (!listed) {
      return unexpected(listed.error());
    }
    std::vector<DirectoryEntry> entries;
    for (const FolderEntry& entry : *listed) {
      entries.push_back({name_of(entry.path), entry.is_directory, is_link(entry.path), entry.size});
    }
    std::sort(entries.begin(), entries.end(),
              [](const DirectoryEntry& a, const DirectoryEntry& b) { return a.name < b.name; });
    return entries;
  }

  Expected<void, WriteFailure> write_all_or_none(std::span<const FileToWrite> files) override {
    // One run at a time writes into a folder, or two finishing together could leave the
    // dashboard of one beside the report of the other.
    const std::vector<fs::path> folders = folders_of(files);
    std::vector<FolderLock> locks;
    for (const fs::path& folder : folders) {
      auto lock = FolderLock::take(folder, kLockPatience);
      if (!lock) {
        return unexpected(WriteFailure{folder, std::move(lock.error())});
      }
      locks.push_back(std::move(*lock));
    }
    const DeferredInterrupts deferred;
    // Only while every folder is held can no temporary file there be another run's.
    if (std::all_of(locks.begin(), locks.end(),
                    [](const FolderLock& lock) { return lock.held(); })) {
      for (const FileToWrite& file : files) {
        remove_stale_temporaries(file.path);
      }
    }
    std::vector<fs::path> temporaries;
    const auto fail = [&](const fs::path& path, std::string reason) {
      for (const fs::path& temporary : temporaries) {
        remove_quietly(temporary);
      }
      return unexpected(WriteFailure{path, std::move(reason)});
    };
    for (const FileToWrite& file : files) {
      // Checked now, because a rename over a folder fails only after the other files are in place.
      std::error_code error;
      if (fs::is_directory(file.path, error)) {
        return fail(file.path, "a folder is in its place");
      }
      temporaries.push_back(temporary_beside(file.path));
      if (auto written = write_durably(temporaries.back(), file.bytes); !written) {
        temporaries.pop_back();  // removed by write_durably
        return fail(file.path, std::move(written.error()));
      }
    }
    for (std::size_t i = 0; i < files.size(); ++i) {
      if (auto replaced = replace_file(temporaries[i], files[i].path); !replaced) {
        temporaries.erase(temporaries.begin(), temporaries.begin() + static_cast<long>(i));
        return fail(files[i].path, std::move(replaced.error()));
      }
    }
    for (const fs::path& folder : folders) {
      sync_folder(folder);
    }
    return {};
  }

  fs::path resolve(const fs::path& path) override { return resolve_links(path); }

 private:
  // How long a run waits for another to finish writing into the same folder: a write takes well
  // under a second.
  static constexpr std::chrono::seconds kLockPatience{3};

  // dashboard.xlsx.0badcafe.tmp for dashboard.xlsx: a name no one else uses, and which
  // remove_stale_temporaries() knows as ours.
  static fs::path temporary_beside(const fs::path& path) {
    std::random_device random;
    return fs::path(path).concat(fmt::format(".{:08x}.tmp", random()));
  }

  static bool is_temporary_of(const std::string& name, const std::string& target) {
    constexpr std::size_t kSuffix = std::string_view(".01234567.tmp").size();
    return name.size() == target.size() + kSuffix && name.starts_with(target) &&
           name.ends_with(".tmp") && name[target.size()] == '.' &&
           name.find_first_not_of("0123456789abcdef", target.size() + 1) == name.size() - 4;
  }

  // Temporary files of an earlier run that was killed while writing `target` (which no signal
  // handler survives).
  static void remove_stale_temporaries(const fs::path& target) {
    const fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    const std::string name = target.filename().string();
    const auto listed = list_folder(folder);
    if (!listed) {
      return;  // the write itself will say why the folder cannot be used
    }
    for (const FolderEntry& entry : *listed) {
      if (is_temporary_of(entry.path.filename().string(), name)) {
        remove_quietly(entry.path);
      }
    }
  }

  // The folders the files go into, each once however it is named (a second lock on one folder
  // would wait for the first), in the order their locks are taken.
  std::vector<fs::path> folders_of(std::span<const FileToWrite> files) {
    std::vector<fs::path> folders;
    for (const FileToWrite& file : files) {
      folders.push_back(resolve(file.path.parent_path().empty() ? "." : file.path.parent_path()));
    }
    std::sort(folders.begin(), folders.end());
    folders.erase(std::unique(folders.begin(), folders.end()), folders.end());
    return folders;
  }

  // The system's reason for the last failed stream operation: libstdc++ leaves errno as
  // open(2) set it.
  static std::string last_system_error(std::string_view fallback) {
    return errno != 0 ? std::generic_category().message(errno) : std::string(fallback);
  }

  static void remove_quietly(const fs::path& path) {
    std::error_code ignored;
    fs::remove(path, ignored);
  }
};

}  // namespace

std::unique_ptr<FileSystem> make_disk_file_system() {
  return std::make_unique<DiskFileSystem>();
}

}  // namespace scdash::platform
