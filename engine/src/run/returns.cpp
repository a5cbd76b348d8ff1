#include "run/returns.hpp"

#include <algorithm>
#include <iterator>

#include "scdash/mapping/supersede.hpp"

namespace scdash::run {

ReturnRead read_workbook(io::Workbook& workbook, const mapping::Assignment& assignment,
                         const core::AreaDirectory& areas, core::Diagnostics& diagnostics) {
  ReturnRead read;
  // Mappings whose file patterns both match are told apart by their fingerprints, which
  // needs the workbook open.
  read.mapping = mapping::choose_mapping(assignment, workbook, diagnostics);
  if (read.mapping == nullptr) {
    return read;
  }
  read.extraction = mapping::extract(*read.mapping, workbook, assignment.display_name, areas);
  const core::Diagnostics& notes = workbook.notes();
  diagnostics.insert(diagnostics.end(), notes.begin(), notes.end());
  std::move(read.extraction.diagnostics.begin(), read.extraction.diagnostics.end(),
            std::back_inserter(diagnostics));
  read.extraction.diagnostics.clear();
  return read;
}

namespace {

// Opens the assignment's return and reads it as read_workbook() does.
ReturnRead read_return(core::FileSystem& file_system, const mapping::Assignment& assignment,
                       const core::AreaDirectory& areas, core::Diagnostics& diagnostics) {
  auto workbook = io::open_workbook(file_system, assignment.path, assignment.display_name);
  if (!workbook) {
    diagnostics.push_back(workbook.error());
    return {};
  }
  return read_workbook(**workbook, assignment, areas, diagnostics);
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
    ReturnRead read =
        read_return(file_system, assignment, configuration.reference.areas, diagnostics);
    if (read.mapping == nullptr) {
      continue;
    }
    mapping::Extraction& extraction = read.extraction;
    record.files.push_back({assignment.display_name, read.mapping->file,
                            extraction.observations.size(), extraction.cells_in_region});
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
