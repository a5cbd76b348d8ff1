#include "support/memory_file_system.hpp"

#include <algorithm>
#include <cstring>

namespace scdash::testing {
namespace {

class MemoryInputFile final : public core::InputFile {
 public:
  MemoryInputFile(std::string contents, const std::set<std::string>& changed, std::string key)
      : contents_(std::move(contents)), changed_(changed), key_(std::move(key)) {}
  std::uint64_t size() const override { return contents_.size(); }
  core::Expected<std::size_t, std::string> read_at(std::uint64_t offset,
                                                   std::span<char> buffer) override {
    if (offset >= contents_.size()) {
      return std::size_t{0};
    }
    const std::size_t n = std::min<std::size_t>(buffer.size(), contents_.size() - offset);
    std::memcpy(buffer.data(), contents_.data() + offset, n);
    return n;
  }
  core::Expected<void, std::string> check_unchanged() const override {
    if (changed_.contains(key_)) {
      return core::unexpected<std::string>("it changed while scdash read it");
    }
    return {};
  }

 private:
  std::string contents_;
  const std::set<std::string>& changed_;
  std::string key_;
};

std::string key(const std::filesystem::path& path) {
  return path.lexically_normal().generic_string();
}

}  // namespace

void MemoryFileSystem::add_file(const std::filesystem::path& path, std::string contents) {
  files_[key(path)] = std::move(contents);
}

std::optional<std::string> MemoryFileSystem::contents(const std::filesystem::path& path) const {
  const auto found = files_.find(key(path));
  if (found == files_.end()) {
    return std::nullopt;
  }
  return found->second;
}

core::Expected<std::unique_ptr<core::InputFile>, std::string> MemoryFileSystem::open_for_reading(
    const std::filesystem::path& path) {
  if (unreadable_.contains(key(path))) {
    return core::unexpected<std::string>("Permission denied");
  }
  const auto found = files_.find(key(path));
  if (found == files_.end()) {
    return core::unexpected<std::string>("No such file or directory");
  }
  return std::unique_ptr<core::InputFile>(
      std::make_unique<MemoryInputFile>(found->second, changed_, key(path)));
}

core::Expected<std::vector<core::DirectoryEntry>, std::string> MemoryFileSystem::list_directory(
    const std::filesystem::path& path) {
  const std::string prefix = key(path) + "/";
  std::vector<core::DirectoryEntry> entries;
  std::set<std::string> directories;
  for (const auto& [name, data] : files_) {
    if (!name.starts_with(prefix)) {
      continue;
    }
    const std::string rest = name.substr(prefix.size());
    const auto slash = rest.find('/');
    if (slash == std::string::npos) {
      entries.push_back({rest, false, false, data.size()});
    } else if (directories.insert(rest.substr(0, slash)).second) {
      entries.push_back({rest.substr(0, slash), true, false, 0});
    }
  }
  if (entries.empty()) {
    return core::unexpected<std::string>("No such file or directory");
  }
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.name < b.name; });
  return entries;
}

core::Expected<void, core::WriteFailure> MemoryFileSystem::write_all_or_none(
    std::span<const core::FileToWrite> files) {
  for (const core::FileToWrite& file : files) {
    files_[key(file.path)] = std::string(file.bytes);
  }
  return {};
}

}  // namespace scdash::testing
