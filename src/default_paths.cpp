#include "default_paths.hpp"

#include <filesystem>
#include <system_error>

namespace scdash::cli {
namespace {

namespace fs = std::filesystem;

// ../share/scdash beside the running program's bin folder (Linux: /proc/self/exe).
fs::path installed_data_folder() {
  std::error_code error;
  const fs::path program = fs::read_symlink("/proc/self/exe", error);
  return error ? fs::path() : program.parent_path().parent_path() / "share" / "scdash";
}

std::string first_existing(const fs::path& relative) {
  std::error_code error;
  if (fs::is_directory(relative, error)) {
    return relative.generic_string();
  }
  const fs::path installed = installed_data_folder();
  if (!installed.empty() && fs::is_directory(installed / relative, error)) {
    return (installed / relative).generic_string();
  }
  return relative.generic_string();
}

}  // namespace

std::string default_mappings_folder() {
  return first_existing("mappings");
}

std::string default_template_folder() {
  return first_existing(fs::path("workbook-templates") / "safer-communities");
}

}  // namespace scdash::cli
