#include "run/recording_file_system.hpp"

#include <algorithm>

#include "scdash/core/sha256.hpp"

namespace scdash::run {

struct RecordingFileSystem::Reading {
  std::filesystem::path path;
  core::Sha256 hash;
  std::uint64_t size = 0;
  std::uint64_t hashed = 0;  // bytes hashed, from the start
  bool in_order = true;      // every read so far went on from where the last one ended
};

namespace {

// Hashes the bytes read as they pass, while each read goes on from where the last ended (as a
// whole-file read does); a file read otherwise is hashed again when the files are taken.
class RecordedFile final : public core::InputFile {
 public:
  RecordedFile(std::unique_ptr<core::InputFile> inner,
               std::shared_ptr<RecordingFileSystem::Reading> reading)
      : inner_(std::move(inner)), reading_(std::move(reading)) {}

  std::uint64_t size() const override { return inner_->size(); }

  core::Expected<std::size_t, std::string> read_at(std::uint64_t offset,
                                                   std::span<char> buffer) override {
    auto got = inner_->read_at(offset, buffer);
    if (got && reading_->in_order && offset == reading_->hashed) {
      reading_->hash.update(std::string_view(buffer.data(), *got));
      reading_->hashed += *got;
    } else if (got && offset + *got > reading_->hashed) {
      reading_->in_order = false;
    }
    return got;
  }

 private:
  std::unique_ptr<core::InputFile> inner_;
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
  reading->size = (*file)->size();
  readings_.push_back(reading);
  return std::unique_ptr<core::InputFile>(
      std::make_unique<RecordedFile>(std::move(*file), std::move(reading)));
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
    const bool seen = std::any_of(files.begin(), files.end(),
                                  [&](const FileRead& file) { return file.path == reading->path; });
    if (seen) {
      continue;  // opened again: listed once, where it was first read
    }
    std::string sha256;
    if (reading->in_order && reading->hashed == reading->size) {
      sha256 = reading->hash.finish_hex();
    } else if (auto again = core::sha256_of_file(inner_, reading->path)) {
      sha256 = std::move(*again);
    }
    files.push_back({reading->path, std::move(sha256)});
  }
  readings_.clear();
  return files;
}

}  // namespace scdash::run
