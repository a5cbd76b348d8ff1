#include "run/recording_file_system.hpp"

#include <algorithm>
#include <iterator>
#include <vector>

#include "scdash/core/sha256.hpp"

namespace scdash::run {

struct RecordingFileSystem::Reading {
  std::filesystem::path path;
  std::shared_ptr<core::InputFile> file;  // kept open, to hash again what was read
  core::Sha256 hash;
  std::uint64_t hashed = 0;  // bytes hashed, from the start
  bool in_order = true;      // every read so far went on from where the last one ended

  // The SHA-256 of the file's bytes, as read through its own handle: those already hashed in
  // order, or else all of them again; empty when they cannot be read again.
  std::string finish_hash() {
    if (in_order && hashed == file->size()) {
      return hash.finish_hex();
    }
    auto again = core::sha256_of(*file);
    return again ? std::move(*again) : std::string();
  }
};

namespace {

// Hashes the bytes read as they pass, while each read goes on from where the last ended (as a
// whole-file read does).
class RecordedFile final : public core::InputFile {
 public:
  explicit RecordedFile(std::shared_ptr<RecordingFileSystem::Reading> reading)
      : reading_(std::move(reading)) {}

  std::uint64_t size() const override { return reading_->file->size(); }

  core::Expected<std::size_t, std::string> read_at(std::uint64_t offset,
                                                   std::span<char> buffer) override {
    auto got = reading_->file->read_at(offset, buffer);
    if (got && reading_->in_order && offset == reading_->hashed) {
      reading_->hash.update(std::string_view(buffer.data(), *got));
      reading_->hashed += *got;
    } else if (got && offset + *got > reading_->hashed) {
      reading_->in_order = false;
    }
    return got;
  }

  core::Expected<void, std::string> check_unchanged() const override {
    return reading_->file->check_unchanged();
  }

 private:
  std::shared_ptr<RecordingFileSystem::Reading> reading_;
};

}  // namespace

core::Expected<std::unique_ptr<core::InputFile>, std::string> RecordingFileSystem::open_for_reading(
    const std::filesystem::path& path) {
  auto file = inner_.open_for_reading(path);
  if (!file) {
    return file;
  }
  auto reading = std::make_shared<Reading>();
  reading->path = path;
  reading->file = std::move(*file);
  readings_.push_back(reading);
  return std::unique_ptr<core::InputFile>(std::make_unique<RecordedFile>(std::move(reading)));
}

core::Expected<std::vector<core::DirectoryEntry>, std::string> RecordingFileSystem::list_directory(
    const std::filesystem::path& path) {
  return inner_.list_directory(path);
}

core::Expected<void, core::WriteFailure> RecordingFileSystem::write_all_or_none(
    std::span<const core::FileToWrite> files) {
  return core::unexpected(core::WriteFailure{
      files.empty() ? std::filesystem::path() : files.front().path, "configuration is only read"});
}

std::vector<FileRead> RecordingFileSystem::take_files_read() {
  std::vector<FileRead> files;
  for (const auto& reading : readings_) {
    auto file = std::find_if(files.begin(), files.end(),
                             [&](const FileRead& read) { return read.path == reading->path; });
    if (file == files.end()) {  // a file opened twice is listed once, where first opened
      files.push_back({reading->path, reading->finish_hash(), {}});
      file = std::prev(files.end());
    }
    if (auto unchanged = reading->file->check_unchanged(); !unchanged && file->changed.empty()) {
      file->changed = std::move(unchanged.error());
    }
  }
  readings_.clear();
  return files;
}

}  // namespace scdash::run
