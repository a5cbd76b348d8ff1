// Systems that do not say where the running program is (for scdash yet): an installed scdash
// there finds its template and mappings only in the current folder or where options say.
#include "scdash/platform/program_location.hpp"

namespace scdash::platform {

std::filesystem::path installed_data_folder() {
  return {};
}

}  // namespace scdash::platform
