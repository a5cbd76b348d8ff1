// Loading mapping files and the reference data they resolve names against.
//
//   core::Diagnostics diagnostics;
//   const auto reference = scdash::mapping::load_reference(disk, "mappings/reference",
//   diagnostics); const auto mappings = scdash::mapping::load_mappings(disk, "mappings",
//   diagnostics);
#pragma once

#include <filesystem>
#include <optional>
#include <vector>

#include "scdash/core/area.hpp"
#include "scdash/core/diagnostic.hpp"
#include "scdash/core/file_system.hpp"
#include "scdash/core/population.hpp"
#include "scdash/mapping/mapping.hpp"

namespace scdash::mapping {

// Parses one mapping file's text; problems are added to `diagnostics` with file:line:column.
// Returns nullopt when the mapping cannot be used.
std::optional<Mapping> parse_mapping(const std::string& text, const std::string& display_name,
                                     core::Diagnostics& diagnostics);

// Reads and parses one mapping file (the `map` command's --mapping).
std::optional<Mapping> load_mapping_file(core::FileSystem& file_system,
                                         const std::filesystem::path& path,
                                         core::Diagnostics& diagnostics);

// Loads every *.yaml file directly inside `directory`, in name order.
std::vector<Mapping> load_mappings(core::FileSystem& file_system,
                                   const std::filesystem::path& directory,
                                   core::Diagnostics& diagnostics);

// Reads the lookup files that the mappings' area columns name (a path from the mapping's own
// folder), each once however many mappings name it. One that cannot be read, lacks its
// columns or gives an area two meanings is an error at the mapping line that names it.
void load_area_lookups(core::FileSystem& file_system, std::vector<Mapping>& mappings,
                       core::Diagnostics& diagnostics);

struct ReferenceData {
  core::AreaDirectory areas;
  core::PopulationTable populations;
};

// Loads areas.yaml and populations.yaml from `directory` (mappings/reference).
ReferenceData load_reference(core::FileSystem& file_system, const std::filesystem::path& directory,
                             core::Diagnostics& diagnostics);

// Checks what the mappings say of areas against the reference data, once, before any return
// is read: each `area_aliases` entry must name a known area (`mapping-unknown-area`, with the
// nearest known name). An alias that names none is left out when returns are read.
void check_area_aliases(const std::vector<Mapping>& mappings, const core::AreaDirectory& areas,
                        core::Diagnostics& diagnostics);

}  // namespace scdash::mapping
