// Reading returns: each return in the folder (and in its quarter folders) opened, matched to
// its mapping and read into observations, with every diagnostic at its file, sheet and cell.
// The one path by which the whole job and the dry run of one return (`check_return`) read.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "scdash/core/diagnostic.hpp"
#include "scdash/core/expected.hpp"
#include "scdash/core/file_system.hpp"
#include "scdash/core/observation.hpp"
#include "scdash/core/period.hpp"
#include "scdash/core/run_record.hpp"
#include "scdash/io/workbook.hpp"
#include "scdash/mapping/discover.hpp"
#include "scdash/mapping/extract.hpp"
#include "scdash/run/configuration.hpp"
#include "scdash/run/job.hpp"

namespace scdash::run {

// Reads the opened return through the mappings that claim its sheets (by fingerprint when
// several match its name). The extraction's claims are empty when none fits. Diagnostics (the
// workbook's own notes before the extraction's) are added to `diagnostics` rather than kept in
// the extraction.
mapping::Extraction read_workbook(io::Workbook& workbook, const mapping::Assignment& assignment,
                                  const core::AreaDirectory& areas, core::Diagnostics& diagnostics);

// Called before each return is read: its position counting from 1, how many there are, its name.
using ReadingFile =
    std::function<void(std::size_t index, std::size_t count, std::string_view name)>;

// Discovers and reads every return in `folder`. Each return read is added to `record.files`,
// and every diagnostic of discovery and mapping to `record.diagnostics`; fails when the folder
// cannot be listed.
core::Expected<ReadReturns, core::Diagnostic> read_returns(
    core::FileSystem& file_system, const std::filesystem::path& folder,
    const ReturnsConfiguration& configuration, core::RunRecord& record,
    const ReadingFile& reading = {});

}  // namespace scdash::run
