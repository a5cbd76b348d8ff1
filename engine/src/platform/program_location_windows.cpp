// Windows: the portable folder (scdash-windows-x64.zip) holds scdash.exe with share\scdash
// beside it, not in a bin folder.
#include <string>

#include <windows.h>

#include "scdash/platform/program_location.hpp"

namespace scdash::platform {

std::filesystem::path installed_data_folder() {
  std::wstring program(MAX_PATH, L'\0');
  while (true) {
    const DWORD length =
        GetModuleFileNameW(nullptr, program.data(), static_cast<DWORD>(program.size()));
    if (length == 0) {
      return {};
    }
    if (length < program.size()) {
      program.resize(length);
      break;
    }
    program.resize(program.size() * 2);  // a long path: the name was cut short
  }
  return std::filesystem::path(program).parent_path() / "share" / "scdash";
}

}  // namespace scdash::platform
