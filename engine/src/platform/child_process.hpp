// Child processes: finding a program and running it to the end with its output discarded, as
// `scdash run --pdf` runs LibreOffice.
//
//   const auto soffice = scdash::platform::find_program("soffice");
//   const int status = scdash::platform::run_quietly({soffice.string(), "--version"});
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace scdash::platform {

// The program's path, from the folders of PATH and then `also_in`; empty when it is in none of
// them. On Windows `name` is looked for as name.exe too.
std::filesystem::path find_program(const std::string& name,
                                   const std::vector<std::filesystem::path>& also_in = {});

// Runs `arguments` (the program's path first) with no input and its output discarded, and waits
// for it; its exit status, or -1 when it could not start or was killed.
int run_quietly(const std::vector<std::string>& arguments);

}  // namespace scdash::platform
