#include "support/memory_file_system.hpp"

namespace scdash::testing {
namespace {

// A file that reads as the one it wraps but, once its path is switched to changed (even after it
// was opened), says that it changed while open.
class SwitchableFile final : public core::InputFile {
 public:
  SwitchableFile(std::unique_ptr<core::InputFile> file, const std::set<std::string>& changed,
                 std::string key)
      : file_(std::move(file)), changed_(changed), key_(std::move(key)) {}
  std::uint64_t size() const override { return file_->size(); }
  core::Expected<std::size_t, std::string> read_at(std::uint64_t offset,
                                                   std::span<char> buffer) override {
    return file_->read_at(offset, buffer);
  }
  core::Expected<void, std::string> check_unchanged() const override {
    if (changed_.contains(key_)) {
      return core::unexpected<std::string>("it changed while scdash read it");
    }
    return file_->check_unchanged();
  }

 private:
  std::unique_ptr<core::InputFile> file_;
  const std::set<std::string>& changed_;
  std::string key_;
};

}  // namespace

core::Expected<std::unique_ptr<core::InputFile>, std::string> MemoryFileSystem::open_for_reading(
    const std::filesystem::path& path) {
  const std::string key = path.lexically_normal().generic_string();
  if (unreadable_.contains(key)) {
    return core::unexpected<std::string>("Permission denied");
  }
  auto file = core::MemoryFileSystem::open_for_reading(path);
  if (!file) {
    return file;
  }
  return std::unique_ptr<core::InputFile>(
      std::make_unique<SwitchableFile>(std::move(*file), changed_, key));
}

}  // namespace scdash::testing
