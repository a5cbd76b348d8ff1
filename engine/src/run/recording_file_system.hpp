// RecordingFileSystem: a file system that notes every file read through it, with the SHA-256 of
// the bytes read. Loading the configuration through one lists every file the loaders read, so
// that report.json names each of them (layout.yaml included) with the checksum of exactly what
// was read, and no loader can forget one; each return is read through one too.
//
// A file read otherwise than from start to end (a zip's parts) is hashed again through the
// handle it was read by, never by opening its path anew, and is then checked unchanged since it
// was opened: so the checksum is of the bytes the figures came from, and a file that grew or
// changed while it was read is known.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "scdash/core/file_system.hpp"

namespace scdash::run {

// A file read, and the SHA-256 of its bytes.
struct FileRead {
  std::filesystem::path path;
  std::string sha256;   // empty when it could not be read whole again
  std::string changed;  // why its bytes cannot be trusted (it changed while read); empty if not
};

class RecordingFileSystem final : public core::FileSystem {
 public:
  explicit RecordingFileSystem(core::FileSystem& inner) : inner_(inner) {}

  core::Expected<std::unique_ptr<core::InputFile>, std::string> open_for_reading(
      const std::filesystem::path& path) override;
  core::Expected<std::vector<core::DirectoryEntry>, std::string> list_directory(
      const std::filesystem::path& path) override;
  std::filesystem::path resolve(const std::filesystem::path& path) override {
    return inner_.resolve(path);
  }
  // Configuration is only read: writing through the recorder is refused.
  core::Expected<void, core::WriteFailure> write_all_or_none(
      std::span<const core::FileToWrite> files) override;

  // The files read since the last call, each once, in the order they were first opened; closes
  // them.
  std::vector<FileRead> take_files_read();

  struct Reading;  // what one opened file's reads have hashed so far

 private:
  core::FileSystem& inner_;
  std::vector<std::shared_ptr<Reading>> readings_;
};

}  // namespace scdash::run
