// Running a program the way a user does, for end-to-end tests.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "scdash/platform/temporary_folder.hpp"

namespace scdash::testing {

struct ProgramResult {
  int exit_status = -1;
  std::string out;  // standard output
  std::string err;  // standard error
  // Both as text: lines end "\n", whatever the system's own line end.
};

// Runs `arguments` (the program first) with `directory` as its working folder.
ProgramResult run_program(const std::vector<std::string>& arguments,
                          const std::filesystem::path& directory = std::filesystem::current_path());

// A fresh empty folder under the system's temporary folder, removed with the object.
class TemporaryFolder : public platform::TemporaryFolder {
 public:
  TemporaryFolder() : platform::TemporaryFolder("scdash-test") {}
};

std::string read_file(const std::filesystem::path& path);
void write_file(const std::filesystem::path& path, const std::string& contents);

}  // namespace scdash::testing
