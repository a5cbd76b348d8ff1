// Linux: the kernel names the running program in /proc/self/exe.
#include "scdash/platform/program_location.hpp"

#include <system_error>

namespace scdash::platform {

std::filesystem::path installed_data_folder() {
  std::error_code error;
  const std::filesystem::path program = std::filesystem::read_symlink("/proc/self/exe", error);
  return error ? std::filesystem::path() : program.parent_path().parent_path() / "share" / "scdash";
}

}  // namespace scdash::platform
