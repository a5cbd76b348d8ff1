// The configuration a run read, identified: every mapping, the template and the reference data
// with its SHA-256, for report.json and the workbook's Sources sheet.
#pragma once

#include "pipeline.hpp"

namespace scdash::cli {

void record_configuration(core::FileSystem& file_system, const ConfigurationPaths& paths,
                          const Configuration& configuration, core::RunRecord& record);

}  // namespace scdash::cli
