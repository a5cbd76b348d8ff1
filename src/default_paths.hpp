// Where scdash finds its configuration when no option names it.
#pragma once

#include <string>

namespace scdash::cli {

// The current folder's own "mappings" and "workbook-templates/safer-communities" when it has
// them (a BI team's working folder, or the source tree), or else the ones installed beside the
// program (../share/scdash), so that an installed scdash runs from any folder. Falls back to
// the relative name, which the error for a missing folder then names.
std::string default_mappings_folder();
std::string default_template_folder();

}  // namespace scdash::cli
