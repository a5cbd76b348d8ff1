// Where the running program is installed, so that an installed scdash finds the template,
// mappings and example returns installed beside it (share/scdash next to bin/).
//
//   const auto share = scdash::platform::installed_data_folder();  // "/usr/local/share/scdash"
#pragma once

#include <filesystem>

namespace scdash::platform {

// ../share/scdash beside the running program's folder; empty when the system does not say
// where the program is.
std::filesystem::path installed_data_folder();

}  // namespace scdash::platform
