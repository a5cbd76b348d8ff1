// FileSystem: every file scdash reads or writes goes through this small interface.
//
// As in ninja's DiskInterface, tests inject a virtual file system to prove how
// scdash behaves when a disk is full or a file is unreadable, without touching
// the machine. Partner files are only ever opened for reading.
//
//   const auto text = scdash::core::read_whole_file(file_system, "mappings/marac.yaml");
//   file_system.write_all_or_none(files);  // every file, or none and the old ones kept
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "scdash/core/expected.hpp"

namespace scdash::core {

// A file opened for reading at any offset (the zip reader needs random access).
class InputFile {
 public:
  virtual ~InputFile() = default;
  virtual std::uint64_t size() const = 0;
  // Reads up to buffer.size() bytes at offset; fewer only at the end of the file.
  virtual Expected<std::size_t, std::string> read_at(std::uint64_t offset,
                                                     std::span<char> buffer) = 0;
  // Whether the file is still as it was when opened, by its size and modification time; when
  // not (a copy still arriving, a file removed or replaced), why not. Called once it has been
  // read, so that figures from a file that changed under the reader are never trusted. Files
  // held in memory cannot change.
  virtual Expected<void, std::string> check_unchanged() const { return {}; }
};

struct DirectoryEntry {
  std::string name;           // file name only
  bool is_directory = false;  // of what it leads to, when it is a link
  bool is_link = false;       // a symbolic link (never, in a file system without links)
  std::uint64_t size = 0;
};

// One file of a set written together.
struct FileToWrite {
  std::filesystem::path path;
  std::string_view bytes;
};

// Why a set of files was not written: the file that failed, and the system's reason.
struct WriteFailure {
  std::filesystem::path path;
  std::string reason;
};

class FileSystem {
 public:
  virtual ~FileSystem() = default;

  virtual Expected<std::unique_ptr<InputFile>, std::string> open_for_reading(
      const std::filesystem::path& path) = 0;
  // Entries sorted by name, so that runs do not depend on the order the disk lists them.
  virtual Expected<std::vector<DirectoryEntry>, std::string> list_directory(
      const std::filesystem::path& path) = 0;
  // Writes every file or none. Each goes first to a temporary file beside its path; only when
  // all are written, and none of the paths is a folder, are they renamed into place. So a
  // dashboard and its report.json never disagree, and a failure (a full disk, a folder that
  // cannot be written) leaves the previous files intact and no partial file behind.
  virtual Expected<void, WriteFailure> write_all_or_none(std::span<const FileToWrite> files) = 0;
  // Where a path leads: absolute and normal, with symbolic links followed as far as the path
  // exists, so that two names of one file compare equal. A file system without links (files
  // held in memory) has this default, which only makes the path absolute and normal.
  virtual std::filesystem::path resolve(const std::filesystem::path& path);

  // write_all_or_none for a single file.
  Expected<void, std::string> write_atomically(const std::filesystem::path& path,
                                               std::string_view bytes);
};

// Whether `path` is `folder` or lies inside it; both as resolve() gives them.
bool lies_within(const std::filesystem::path& folder, const std::filesystem::path& path);

// Reads a whole (small) file: mapping files, templates, reference data.
Expected<std::string, std::string> read_whole_file(FileSystem& file_system,
                                                   const std::filesystem::path& path);

}  // namespace scdash::core
