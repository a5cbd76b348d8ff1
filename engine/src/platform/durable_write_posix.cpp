#include "platform/durable_write.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <system_error>

namespace scdash::platform {
namespace {

std::string system_reason(int error) {
  return std::generic_category().message(error);
}

}  // namespace

core::Expected<void, std::string> write_durably(const std::filesystem::path& path,
                                                std::string_view bytes) {
  const int file = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (file < 0) {
    return core::unexpected(system_reason(errno));
  }
  int error = 0;
  for (std::size_t written = 0; written < bytes.size() && error == 0;) {
    const ssize_t got = ::write(file, bytes.data() + written, bytes.size() - written);
    if (got < 0 && errno != EINTR) {
      error = errno;
    } else if (got > 0) {
      written += static_cast<std::size_t>(got);
    }
  }
  if (error == 0 && ::fsync(file) != 0) {
    error = errno;
  }
  if (::close(file) != 0 && error == 0) {
    error = errno;
  }
  if (error != 0) {
    ::unlink(path.c_str());
    return core::unexpected(system_reason(error));
  }
  return {};
}

core::Expected<void, std::string> replace_file(const std::filesystem::path& from,
                                               const std::filesystem::path& to) {
  if (::rename(from.c_str(), to.c_str()) != 0) {
    return core::unexpected(system_reason(errno));
  }
  return {};
}

void sync_folder(const std::filesystem::path& folder) {
  const int directory = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (directory >= 0) {
    ::fsync(directory);
    ::close(directory);
  }
}

}  // namespace scdash::platform
