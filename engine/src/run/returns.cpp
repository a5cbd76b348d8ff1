#include "run/returns.hpp"

#include <algorithm>
#include <iterator>

#include <fmt/format.h>

#include "run/recording_file_system.hpp"
#include "scdash/mapping/supersede.hpp"

namespace scdash::run {

mapping::Extraction read_workbook(io::Workbook& workbook, const mapping::Assignment& assignment,
                                  const core::AreaDirectory& areas,
                                  core::Diagnostics& diagnostics) {
  mapping::Extraction extraction = mapping::extract(assignment, workbook, areas);
  if (!extraction.claims.empty()) {
    // Formulas without saved results the extraction has reported, told by whether a mapping
    // reads them.
    for (const core::Diagnostic& note : workbook.notes()) {
      if (note.code != "formula-without-value") {
        diagnostics.push_back(note);
      }
    }
  }
  std::move(extraction.diagnostics.begin(), extraction.diagnostics.end(),
            std::back_inserter(diagnostics));
  extraction.diagnostics.clear();
  return extraction;
}

namespace {

// Opens the assignment's return and reads it as read_workbook() does, recording the SHA-256 of
// the bytes read in `sha256`. A return that changed while it was read gives nothing: a figure
// from it cannot be trusted, and the checksum would not be of what was read.
mapping::Extraction read_return(core::FileSystem& file_system,
                                const mapping::Assignment& assignment,
                                const core::AreaDirectory& areas, core::Diagnostics& diagnostics,
                                std::string& sha256) {
  RecordingFileSystem recorder(file_system);
  mapping::Extraction read;
  if (auto workbook = io::open_workbook(recorder, assignment.path, assignment.display_name)) {
    read = read_workbook(**workbook, assignment, areas, diagnostics);
  } else {
    diagnostics.push_back(workbook.error());
  }
  const auto where = core::Location::in_file(assignment.display_name);
  for (FileRead& file : recorder.take_files_read()) {
    if (!file.changed.empty()) {
      diagnostics.push_back(core::Diagnostic::error(
          "file-unreadable", fmt::format("cannot be read: {}", file.changed), where));
      return {};
    }
    if (file.sha256.empty()) {
      diagnostics.push_back(core::Diagnostic::warning(
          "input-not-hashed", "cannot be read again to checksum it", where));
    }
    sha256 = std::move(file.sha256);
  }
  return read;
}

}  // namespace

core::Expected<ReadReturns, core::Diagnostic> read_returns(
    core::FileSystem& file_system, const std::filesystem::path& folder,
    const ReturnsConfiguration& configuration, core::RunRecord& record,
    const ReadingFile& reading) {
  core::Diagnostics& diagnostics = record.diagnostics;
  const auto assignments =
      mapping::discover_returns(file_system, folder, configuration.mappings, diagnostics);
  if (!assignments) {
    return core::unexpected(assignments.error());
  }
  ReadReturns result;
  std::vector<mapping::Drop> drops;
  for (std::size_t index = 0; index < assignments->size(); ++index) {
    const mapping::Assignment& assignment = (*assignments)[index];
    if (reading) {
      reading(index + 1, assignments->size(), assignment.display_name);
    }
    std::string sha256;
    mapping::Extraction extraction =
        read_return(file_system, assignment, configuration.reference.areas, diagnostics, sha256);
    if (extraction.claims.empty()) {
      continue;
    }
    record.files.push_back({assignment.display_name, mapping::mapping_files(extraction.claims),
                            extraction.observations.size(), extraction.cells_in_region,
                            std::move(sha256)});
    if (drops.empty() || drops.back().quarter != assignment.drop) {
      drops.push_back({assignment.drop, {}});
      result.latest_drop = std::max(result.latest_drop, assignment.drop);
    }
    std::move(extraction.observations.begin(), extraction.observations.end(),
              std::back_inserter(drops.back().observations));
  }
  result.observations = mapping::supersede_earlier_drops(std::move(drops), diagnostics);
  return result;
}

}  // namespace scdash::run
