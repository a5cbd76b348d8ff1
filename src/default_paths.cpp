#include "default_paths.hpp"

#include <filesystem>
#include <system_error>

#include "scdash/platform/program_location.hpp"
#include "scdash/run/project.hpp"

namespace scdash::cli {
namespace {

namespace fs = std::filesystem;

std::string first_existing(const fs::path& relative) {
  std::error_code error;
  if (fs::is_directory(relative, error)) {
    return relative.generic_string();
  }
  const fs::path installed = platform::installed_data_folder();
  if (!installed.empty() && fs::is_directory(installed / relative, error)) {
    return (installed / relative).generic_string();
  }
  return relative.generic_string();
}

}  // namespace

std::string default_mappings_folder() {
  return first_existing(run::kDefaultMappingsFolder);
}

std::string default_template_folder() {
  return first_existing(run::kDefaultTemplateFolder);
}

}  // namespace scdash::cli
