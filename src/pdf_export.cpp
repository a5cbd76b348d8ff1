#include "pdf_export.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <vector>

#include <fmt/format.h>

extern char** environ;

namespace scdash::cli {
namespace {

namespace fs = std::filesystem;

// A private folder for LibreOffice's files and profile, removed with the object: a profile of
// its own lets it run while the analyst has LibreOffice open.
class WorkFolder {
 public:
  WorkFolder() {
    std::random_device random;
    path_ = fs::temp_directory_path() / fmt::format("scdash-pdf-{:x}{:x}", random(), random());
    fs::create_directories(path_);
  }
  ~WorkFolder() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  WorkFolder(const WorkFolder&) = delete;
  WorkFolder& operator=(const WorkFolder&) = delete;
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

// The program's path, from the folders of PATH; empty when it is in none.
fs::path find_on_path(const std::string& program) {
  const char* path = std::getenv("PATH");
  std::string_view folders = path == nullptr ? "" : path;
  while (!folders.empty()) {
    const auto colon = folders.find(':');
    const fs::path candidate = fs::path(folders.substr(0, colon)) / program;
    if (::access(candidate.c_str(), X_OK) == 0) {
      return candidate;
    }
    folders.remove_prefix(colon == std::string_view::npos ? folders.size() : colon + 1);
  }
  return {};
}

// Runs the program with its output discarded; its exit status, or -1 when it could not start
// or was killed.
int run_quietly(const std::vector<std::string>& arguments) {
  std::vector<char*> argv;
  for (const auto& argument : arguments) {
    argv.push_back(const_cast<char*>(argument.c_str()));
  }
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  pid_t child = 0;
  const int spawned = posix_spawn(&child, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) {
    return -1;
  }
  int status = 0;
  while (waitpid(child, &status, 0) < 0) {
    if (errno != EINTR) {
      return -1;
    }
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

core::Expected<std::string, std::string> print_to_pdf(const std::string& workbook) {
  const fs::path soffice = find_on_path("soffice");
  if (soffice.empty()) {
    return core::unexpected<std::string>(
        "LibreOffice is needed to print the dashboard to PDF, and 'soffice' is not on the PATH "
        "(on Debian: apt-get install libreoffice-calc-nogui)");
  }
  const WorkFolder folder;
  const fs::path source = folder.path() / "dashboard.xlsx";
  std::ofstream(source, std::ios::binary) << workbook;
  const int status =
      run_quietly({soffice.string(), "--headless", "--norestore",
                   "-env:UserInstallation=file://" + (folder.path() / "profile").string(),
                   "--convert-to", "pdf", "--outdir", folder.path().string(), source.string()});
  std::ifstream printed(folder.path() / "dashboard.pdf", std::ios::binary);
  if (status != 0 || !printed) {
    return core::unexpected(
        fmt::format("LibreOffice ({}) could not print the dashboard to PDF", soffice.string()));
  }
  return std::string(std::istreambuf_iterator<char>(printed), std::istreambuf_iterator<char>());
}

}  // namespace scdash::cli
