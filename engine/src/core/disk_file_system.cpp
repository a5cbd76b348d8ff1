// The machine's file system, through the standard library only, so that it builds on
// Windows as it does on Linux.
#include <algorithm>
#include <fstream>
#include <random>
#include <system_error>

#include <fmt/format.h>

#include "scdash/core/file_system.hpp"

namespace scdash::core {
namespace {

namespace fs = std::filesystem;

class DiskInputFile final : public InputFile {
 public:
  DiskInputFile(std::ifstream stream, std::uint64_t size)
      : stream_(std::move(stream)), size_(size) {}

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
    if (stream_.bad() || (got < buffer.size() && offset + got < size_)) {
      return unexpected<std::string>(fmt::format("read failed at byte {}", offset));
    }
    return got;
  }

 private:
  std::ifstream stream_;
  std::uint64_t size_;
};

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
    if (error) {
      return unexpected(describe(error));
    }
    std::ifstream stream(path, std::ios::binary);
    if (!stream) {
      return unexpected<std::string>("cannot be opened for reading");
    }
    return std::unique_ptr<InputFile>(std::make_unique<DiskInputFile>(std::move(stream), size));
  }

  Expected<std::vector<DirectoryEntry>, std::string> list_directory(const fs::path& path) override {
    std::error_code error;
    std::vector<DirectoryEntry> entries;
    for (fs::directory_iterator it(path, error), end; !error && it != end; it.increment(error)) {
      std::error_code entry_error;
      const bool is_directory = it->is_directory(entry_error);
      const std::uint64_t size = is_directory ? 0 : it->file_size(entry_error);
      entries.push_back({it->path().filename().string(), is_directory, entry_error ? 0 : size});
    }
    if (error) {
      return unexpected(describe(error));
    }
    std::sort(entries.begin(), entries.end(),
              [](const DirectoryEntry& a, const DirectoryEntry& b) { return a.name < b.name; });
    return entries;
  }

  Expected<void, std::string> write_atomically(const fs::path& path,
                                               std::string_view bytes) override {
    const fs::path temporary = temporary_beside(path);
    {
      std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
      if (!out) {
        return unexpected(fmt::format("cannot create {}", temporary.string()));
      }
      out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
      out.flush();
      if (!out) {
        out.close();
        remove_quietly(temporary);
        return unexpected<std::string>("writing failed (is the disk full?)");
      }
    }
    std::error_code error;
    fs::rename(temporary, path, error);
    if (error) {
      remove_quietly(temporary);
      return unexpected(describe(error));
    }
    return {};
  }

 private:
  static fs::path temporary_beside(const fs::path& path) {
    std::random_device random;
    return fs::path(path).concat(fmt::format(".{:08x}.tmp", random()));
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

}  // namespace scdash::core
