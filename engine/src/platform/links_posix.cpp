#include "platform/links.hpp"

namespace scdash::platform {

namespace fs = std::filesystem;

fs::path resolve_links(const fs::path& path) {
  std::error_code error;
  const fs::path absolute = fs::absolute(path, error).lexically_normal();
  if (error) {
    return path.lexically_normal();  // the current folder is gone: relative, as given
  }
  fs::path resolved = fs::weakly_canonical(absolute, error);
  return error || resolved.empty() ? absolute : resolved;
}

bool is_link(const fs::path& path) {
  std::error_code error;
  return fs::is_symlink(fs::symlink_status(path, error));
}

}  // namespace scdash::platform
