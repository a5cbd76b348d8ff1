// Reading the lookup files that mappings' area columns name: ONS's tables from one geography to
// another, as published (a header row with its own column names, then a row per area).
#include <map>
#include <tuple>

#include <fmt/format.h>

#include "mapping/cell_reading.hpp"
#include "scdash/core/text.hpp"
#include "scdash/io/cell_text.hpp"
#include "scdash/io/workbook.hpp"
#include "scdash/mapping/load.hpp"

namespace scdash::mapping {
namespace {

using LookupRows = std::unordered_map<std::string, std::string>;

// The column of `header` headed `name`, or nullopt.
std::optional<std::uint32_t> column_headed(const io::Row& header, const std::string& name) {
  for (const io::Cell& cell : header.cells) {
    if (core::normalise_label(io::value_text(cell)) == core::normalise_label(name)) {
      return cell.ref.column;
    }
  }
  return std::nullopt;
}

std::string headings_of(const io::Row& header) {
  std::vector<std::string> names;
  for (const io::Cell& cell : header.cells) {
    names.push_back(io::value_text(cell));
  }
  return fmt::format("{}", fmt::join(names, ", "));
}

// Reads the lookup at `path`; nullptr, with the problem reported at the mapping's line, when it
// cannot be used.
std::shared_ptr<const LookupRows> read_lookup(core::FileSystem& file_system,
                                              const std::filesystem::path& path,
                                              const AreaLookup& lookup, const Mapping& mapping,
                                              core::Diagnostics& diagnostics) {
  const auto at_mapping =
      core::Location::at_text(mapping.file, lookup.file.line, lookup.file.column);
  auto workbook = io::open_workbook(file_system, path, path.generic_string());
  if (!workbook) {
    diagnostics.push_back(core::Diagnostic::error(
        "mapping-lookup-unreadable",
        fmt::format("the lookup {}: {}", path.generic_string(), workbook.error().message),
        at_mapping, "the lookup's 'file' is found from the mapping's own folder"));
    return nullptr;
  }
  auto rows = std::make_shared<LookupRows>();
  std::optional<std::uint32_t> from;
  std::optional<std::uint32_t> to;
  bool header_seen = false;
  std::string problem;
  const auto read = (*workbook)->read_sheet(0, [&](const io::Row& row) {
    if (!header_seen) {
      header_seen = !row.cells.empty();
      from = column_headed(row, lookup.from);
      to = column_headed(row, lookup.to);
      if (header_seen && (!from || !to)) {
        problem =
            fmt::format("the lookup {} has no column '{}'; its columns are: {}",
                        path.generic_string(), !from ? lookup.from : lookup.to, headings_of(row));
        return false;
      }
      return true;
    }
    const io::Cell* key = cell_at(row, *from);
    const io::Cell* value = cell_at(row, *to);
    if (key == nullptr || value == nullptr) {
      return true;  // a blank line, or an area the lookup leaves unassigned
    }
    const std::string area = std::string(core::trim(io::value_text(*value)));
    const auto [found, added] = rows->emplace(core::normalise_label(io::value_text(*key)), area);
    if (!added && found->second != area) {
      problem = fmt::format("the lookup {} gives '{}' twice, as {} and {} (row {})",
                            path.generic_string(), io::value_text(*key), found->second, area,
                            row.index + 1);
      return false;
    }
    return true;
  });
  if (!read) {
    problem = read.error().message;
  } else if (problem.empty() && rows->empty()) {
    problem = fmt::format("the lookup {} has no rows", path.generic_string());
  }
  if (!problem.empty()) {
    diagnostics.push_back(core::Diagnostic::error("mapping-bad-lookup", problem, at_mapping));
    return nullptr;
  }
  return rows;
}

}  // namespace

void load_area_lookups(core::FileSystem& file_system, std::vector<Mapping>& mappings,
                       core::Diagnostics& diagnostics) {
  // By path and columns: each lookup read once, however many mappings name it.
  std::map<std::tuple<std::string, std::string, std::string>, std::shared_ptr<const LookupRows>>
      read;
  for (Mapping& mapping : mappings) {
    if (!mapping.table || !mapping.table->area_values.lookup) {
      continue;
    }
    AreaLookup& lookup = *mapping.table->area_values.lookup;
    const std::filesystem::path path =
        (std::filesystem::path(mapping.file).parent_path() / lookup.file.text).lexically_normal();
    const auto key = std::tuple{path.generic_string(), lookup.from, lookup.to};
    if (!read.contains(key)) {
      read[key] = read_lookup(file_system, path, lookup, mapping, diagnostics);
    }
    lookup.rows = read[key];
  }
}

}  // namespace scdash::mapping
