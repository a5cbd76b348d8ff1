#include "scdash/core/memory_file_system.hpp"

#include <algorithm>
#include <cstring>
#include <set>

namespace scdash::core {
namespace {

class MemoryInputFile final : public InputFile {
 public:
  explicit MemoryInputFile(std::string contents) : contents_(std::move(contents)) {}
  std::uint64_t size() const override { return contents_.size(); }
  Expected<std::size_t, std::string> read_at(std::uint64_t offset,
                                             std::span<char> buffer) override {
    if (offset >= contents_.size()) {
      return std::size_t{0};
    }
    const auto start = static_cast<std::size_t>(offset);  // within the contents, so it fits
    const std::size_t n = std::min(buffer.size(), contents_.size() - start);
    std::memcpy(buffer.data(), contents_.data() + start, n);
    return n;
  }

 private:
  // A copy, so that a file rewritten while open reads as it was when opened.
  std::string contents_;
};

// "returns/./" and "returns" alike give "returns".
std::string key(const std::filesystem::path& path) {
  std::string normal = path.lexically_normal().generic_string();
  if (normal.size() > 1 && normal.ends_with('/')) {
    normal.pop_back();
  }
  return normal;
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

Expected<std::unique_ptr<InputFile>, std::string> MemoryFileSystem::open_for_reading(
    const std::filesystem::path& path) {
  const auto found = files_.find(key(path));
  if (found == files_.end()) {
    return unexpected<std::string>(is_folder(key(path)) ? "Is a directory"
                                                        : "No such file or directory");
  }
  return std::unique_ptr<InputFile>(std::make_unique<MemoryInputFile>(found->second));
}

Expected<std::vector<DirectoryEntry>, std::string> MemoryFileSystem::list_directory(
    const std::filesystem::path& path) {
  const std::string folder = key(path);
  const std::string prefix = folder.empty() || folder == "." ? "" : folder + "/";
  std::vector<DirectoryEntry> entries;
  std::set<std::string> folders;
  for (const auto& [name, data] : files_) {
    if (!name.starts_with(prefix)) {
      continue;
    }
    const std::string rest = name.substr(prefix.size());
    const auto slash = rest.find('/');
    if (slash == std::string::npos) {
      entries.push_back({rest, false, false, data.size()});
    } else if (folders.insert(rest.substr(0, slash)).second) {
      entries.push_back({rest.substr(0, slash), true, false, 0});
    }
  }
  if (entries.empty()) {
    return unexpected<std::string>(files_.contains(folder) ? "Not a directory"
                                                           : "No such file or directory");
  }
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.name < b.name; });
  return entries;
}

Expected<void, WriteFailure> MemoryFileSystem::write_all_or_none(
    std::span<const FileToWrite> files) {
  for (const FileToWrite& file : files) {
    if (is_folder(key(file.path))) {
      return unexpected(WriteFailure{file.path, "Is a directory"});
    }
  }
  for (const FileToWrite& file : files) {
    files_[key(file.path)] = std::string(file.bytes);
  }
  return {};
}

bool MemoryFileSystem::is_folder(const std::string& key) const {
  const std::string prefix = key + "/";
  const auto next = files_.lower_bound(prefix);
  return next != files_.end() && next->first.starts_with(prefix);
}

}  // namespace scdash::core
