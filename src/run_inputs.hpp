// A run's inputs, accounted for and identified: every file in the returns folder read or
// reported, every mapped cell read, reported or left out, and every input's SHA-256.
#pragma once

#include <filesystem>

#include "pipeline.hpp"

namespace scdash::cli {

// Lists the returns folder (and any folders inside it) and fills `record.folder`: a file that
// was neither read nor named by a diagnostic is an error (file-unaccounted), as is a return
// whose mapped cells do not balance (cells-unaccounted); both mean a bug in scdash. Hashes
// every return read and every configuration file into the record.
void record_inputs(core::FileSystem& file_system, const std::filesystem::path& returns_folder,
                   const ConfigurationPaths& paths, const Configuration& configuration,
                   render::RunRecord& record);

}  // namespace scdash::cli
