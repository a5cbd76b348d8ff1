#include "scdash/run/check_return.hpp"

#include <fmt/format.h>

#include "run/load_configuration.hpp"
#include "run/returns.hpp"
#include "scdash/io/workbook.hpp"
#include "scdash/mapping/discover.hpp"

namespace scdash::run {
namespace {

// The assignment for the return: with the mapping asked for, or as discovery would make it.
std::optional<mapping::Assignment> assign(const CheckRequest& request,
                                          const std::vector<mapping::Mapping>& mappings,
                                          core::Diagnostics& diagnostics) {
  if (request.mapping.empty()) {
    return mapping::assign_return(request.file, request.display_name, mappings, diagnostics);
  }
  if (mapping::mappings_for_file(request.file.filename().string(), mappings).empty()) {
    diagnostics.push_back(core::Diagnostic::warning(
        "map-files-mismatch",
        fmt::format("the 'files' of {} do not match this file's name, so 'scdash run' would "
                    "not read it with this mapping",
                    mappings.front().file),
        core::Location::in_file(request.display_name)));
  }
  return mapping::Assignment{request.file, request.display_name, {&mappings.front()}};
}

}  // namespace

CheckResult check_return(core::FileSystem& file_system, const CheckRequest& request) {
  CheckResult result;
  ReturnsConfiguration configuration = load_returns_configuration(
      file_system, request.mappings_folder, result.diagnostics, request.mapping);
  result.reference = std::move(configuration.reference);
  // A broken mapping elsewhere in the folder does not stop this dry run, but the whole job
  // would refuse to start.
  result.configuration_broken = core::has_errors(result.diagnostics);
  if (configuration.mappings.empty()) {
    result.stop = CheckStop::no_usable_mapping;
    return result;
  }
  auto workbook = io::open_workbook(file_system, request.file, request.display_name);
  if (!workbook) {
    result.diagnostics.push_back(workbook.error());
    result.stop = CheckStop::unreadable;
    return result;
  }
  const auto assignment = assign(request, configuration.mappings, result.diagnostics);
  mapping::Extraction read = assignment ? read_workbook(**workbook, *assignment,
                                                        result.reference.areas, result.diagnostics)
                                        : mapping::Extraction{};
  if (read.claims.empty()) {
    result.stop = CheckStop::no_mapping_reads;
    return result;
  }
  result.mapping_file = mapping::mapping_files(read.claims);
  std::vector<std::string> descriptions;
  for (const mapping::Claim& claim : read.claims) {
    if (!claim.mapping->description.empty()) {
      descriptions.push_back(claim.mapping->description);
    }
  }
  result.mapping_description = fmt::format("{}", fmt::join(descriptions, "; "));
  result.observations = std::move(read.observations);
  result.cells_in_region = read.cells_in_region;
  return result;
}

}  // namespace scdash::run
