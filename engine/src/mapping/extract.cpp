// Extraction: for each sheet the mapping reads, a short first pass for the fingerprint and
// the cells read before the figures, then the table streamed through its shape's reader (or
// the form's cells read from the first pass).
#include "scdash/mapping/extract.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "mapping/dimensions.hpp"
#include "mapping/figure_sink.hpp"
#include "mapping/mapped_region.hpp"
#include "mapping/resolver.hpp"
#include "mapping/shape_readers.hpp"
#include "mapping/sheet_context.hpp"
#include "mapping/sheet_selection.hpp"
#include "mapping/table_scanner.hpp"

namespace scdash::mapping {
namespace {

std::unique_ptr<ShapeReader> make_reader(const Table& table, const Resolver& resolver,
                                         const Dimensions& fixed, FigureSink& sink) {
  switch (table.shape) {
    case Shape::wide:
      return make_wide_reader(table, resolver, fixed, sink);
    case Shape::long_rows:
      return make_long_reader(table, resolver, fixed, sink);
    case Shape::records:
      break;
  }
  return make_records_reader(table, resolver, fixed, sink);
}

// The single cells the mapping reads on `sheet`: a form's figures, and the cells its dimensions
// come from (a title such as "Quarter 2 2025/26").
MappedRegion single_cells(const Mapping& mapping, std::size_t sheet) {
  MappedRegion region;
  region.sheet = sheet;
  const auto add_source = [&](const DimensionSource& source) {
    if (source.kind == DimensionSource::Kind::cell) {
      region.context_cells.push_back(source.cell);
    }
  };
  for (const Dimension dimension : {Dimension::measure, Dimension::area, Dimension::period}) {
    add_source(mapping.source_of(dimension));
  }
  for (const FormCell& cell : mapping.cells) {
    region.cells.push_back(cell.cell);
    for (const DimensionSource* source : {&cell.measure, &cell.area, &cell.period}) {
      add_source(*source);
    }
  }
  return region;
}

void read_table(const Table& table, io::Workbook& workbook, std::size_t sheet,
                const Resolver& resolver, const Dimensions& fixed, FigureSink& sink,
                Extraction& out, MappedRegion& region) {
  const auto reader = make_reader(table, resolver, fixed, sink);
  TableScanner scanner(table, sink, *reader);
  std::uint32_t rows_seen = 0;
  const auto status = workbook.read_sheet(sheet, [&](const io::Row& row) {
    rows_seen = row.index + 1;
    return scanner.on_row(row);
  });
  if (!status) {
    out.diagnostics.push_back(status.error());
    return;
  }
  scanner.finish(rows_seen);
  region.rows = scanner.rows();
  region.columns = reader->columns_read();
}

// Reads one sheet through the mapping; the region it read, or nullopt when it read nothing.
std::optional<MappedRegion> read_sheet(const Mapping& mapping, io::Workbook& workbook,
                                       std::size_t sheet, const std::string& display_name,
                                       const Resolver& resolver, Extraction& out) {
  FigureSink sink(mapping, display_name, workbook.sheets()[sheet].name, out);
  SheetContext context;
  if (needs_context(mapping)) {
    auto read = read_sheet_context(workbook, sheet, context_rows(mapping), mapping.fingerprint);
    if (!read) {
      out.diagnostics.push_back(read.error());
      return std::nullopt;
    }
    context = std::move(*read);
  }
  if (!context.missing_fingerprint.empty()) {
    out.diagnostics.push_back(core::Diagnostic::error(
        "mapping-fingerprint-missing",
        fmt::format("the first {} rows do not contain '{}', so this is not the layout that {} "
                    "reads; nothing is read from it",
                    kFingerprintRows, fmt::join(context.missing_fingerprint, "', '"), mapping.file),
        core::Location::in_sheet(display_name, sink.sheet()),
        "if the partner changed its title, change the mapping's 'fingerprint'"));
    return std::nullopt;
  }
  const Dimensions fixed = resolve_fixed_dimensions(resolver, context, sink);
  MappedRegion region = single_cells(mapping, sheet);
  if (!mapping.table) {
    read_form(resolver, context, fixed, sink);
    return region;
  }
  if (fixed.failed) {
    sink.block();
  }
  read_table(*mapping.table, workbook, sheet, resolver, fixed, sink, out, region);
  return region;
}

// How a note on a sheet not read names what is read: "a.yaml reads 'Crime' only", or each
// mapping's part: "a.yaml reads 'Crime' and b.yaml reads 2 other sheets".
std::string what_is_read(const std::vector<Claim>& claims, const io::Workbook& workbook) {
  std::vector<std::string> parts;
  for (const Claim& claim : claims) {
    parts.push_back(
        claim.sheets.size() == 1
            ? fmt::format("{} reads '{}'", claim.mapping->file,
                          workbook.sheets()[claim.sheets.front()].name)
            : fmt::format("{} reads {} other sheets", claim.mapping->file, claim.sheets.size()));
  }
  const bool one_sheet = claims.size() == 1 && claims.front().sheets.size() == 1;
  return fmt::format("{}{}", fmt::join(parts, " and "), one_sheet ? " only" : "");
}

// Each sheet no mapping reads, so that a table a partner added on a sheet of its own is seen,
// not silently passed over.
void report_sheets_not_read(const std::vector<Claim>& claims, const io::Workbook& workbook,
                            const std::string& display_name, core::Diagnostics& diagnostics) {
  const auto& sheets = workbook.sheets();
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    const auto read = [&](const Claim& claim) {
      return std::find(claim.sheets.begin(), claim.sheets.end(), i) != claim.sheets.end();
    };
    const auto reported = [&](const core::Diagnostic& diagnostic) {
      return diagnostic.code == "mapping-sheet-hidden" &&
             diagnostic.location.sheet == sheets[i].name;
    };
    if (std::any_of(claims.begin(), claims.end(), read) ||
        std::any_of(diagnostics.begin(), diagnostics.end(), reported)) {
      continue;
    }
    const bool hidden = sheets[i].visibility != io::SheetVisibility::visible;
    diagnostics.push_back(core::Diagnostic::info(
        "mapping-sheet-not-read",
        fmt::format("{}sheet is not read: {}", hidden ? "the hidden " : "the ",
                    what_is_read(claims, workbook)),
        core::Location::in_sheet(display_name, sheets[i].name),
        "if its figures belong on the dashboard, a mapping's 'sheet' must name it (a pattern "
        "reads every sheet of one layout)"));
  }
}

// One mapping's reading of one sheet: what it read, and what it gave.
struct SheetRead {
  const Mapping* mapping = nullptr;
  MappedRegion region;
  std::size_t first_observation = 0;  // its observations: [first, end) of the extraction's
  std::size_t end_observation = 0;
  core::CellAccount cells;  // what it counted of the cells in its region
};

// Two mappings that read the same cells of a sheet are an error naming both and the cell, and
// neither's figures from that sheet are used. So that no cell is counted twice, the first's
// cells stay counted, its figures' cells as reported (the error covers them), and the second's
// reading is taken back whole.
void drop_overlapping_reads(std::vector<SheetRead>& reads, const io::Workbook& workbook,
                            const std::string& display_name, Extraction& out) {
  enum class Fate { kept, reported, taken_back };
  std::vector<Fate> fates(reads.size(), Fate::kept);
  for (std::size_t i = 0; i < reads.size(); ++i) {
    for (std::size_t j = i + 1; j < reads.size(); ++j) {
      if (reads[i].region.sheet != reads[j].region.sheet || reads[i].mapping == reads[j].mapping) {
        continue;
      }
      if (const auto cell = shared_cell(reads[i].region, reads[j].region)) {
        out.diagnostics.push_back(core::Diagnostic::error(
            "return-matched-twice",
            fmt::format("both {} and {} read this sheet's cell {}, so neither's figures from "
                        "the sheet are used",
                        reads[i].mapping->file, reads[j].mapping->file, core::to_a1(*cell)),
            core::Location::in_sheet(display_name, workbook.sheets()[reads[i].region.sheet].name),
            "make their 'sheet', 'fingerprint' or 'find_header' tell the tables apart: two "
            "mappings may read one sheet when each reads cells of its own"));
        fates[i] = fates[i] == Fate::taken_back ? Fate::taken_back : Fate::reported;
        fates[j] = Fate::taken_back;
      }
    }
  }
  std::vector<core::Observation> kept;
  std::size_t next = 0;
  for (std::size_t i = 0; i < reads.size(); ++i) {
    if (fates[i] == Fate::kept) {
      continue;
    }
    std::move(out.observations.begin() + static_cast<std::ptrdiff_t>(next),
              out.observations.begin() + static_cast<std::ptrdiff_t>(reads[i].first_observation),
              std::back_inserter(kept));
    next = reads[i].end_observation;
    out.cells_in_region -= reads[i].cells;
    if (fates[i] == Fate::reported) {
      core::CellAccount reported = reads[i].cells;
      reported.reported += reported.used;
      reported.used = 0;
      out.cells_in_region += reported;
    }
  }
  if (next > 0) {
    std::move(out.observations.begin() + static_cast<std::ptrdiff_t>(next), out.observations.end(),
              std::back_inserter(kept));
    out.observations = std::move(kept);
  }
}

// Reads the sheets `out.claims` names. None when nothing fits, and whoever found that has
// said so.
void read_claims(io::Workbook& workbook, const std::string& display_name,
                 const core::AreaDirectory& areas, Extraction& out) {
  if (out.claims.empty()) {
    return;
  }
  std::vector<SheetRead> reads;
  std::vector<std::size_t> sheets_read;
  for (const Claim& claim : out.claims) {
    const Resolver resolver(*claim.mapping, areas);
    for (const std::size_t sheet : claim.sheets) {
      const core::CellAccount before = out.cells_in_region;
      SheetRead read{claim.mapping, {}, out.observations.size(), 0, {}};
      auto region = read_sheet(*claim.mapping, workbook, sheet, display_name, resolver, out);
      read.end_observation = out.observations.size();
      read.cells = out.cells_in_region;
      read.cells -= before;
      if (region) {
        read.region = std::move(*region);
        reads.push_back(std::move(read));
      }
      if (std::find(sheets_read.begin(), sheets_read.end(), sheet) == sheets_read.end()) {
        sheets_read.push_back(sheet);
      }
    }
  }
  drop_overlapping_reads(reads, workbook, display_name, out);
  std::vector<MappedRegion> regions;
  for (SheetRead& read : reads) {
    regions.push_back(std::move(read.region));
  }
  for (const std::size_t sheet : sheets_read) {
    report_formulas_without_values(workbook, sheet, regions, display_name, out.diagnostics);
  }
  report_sheets_not_read(out.claims, workbook, display_name, out.diagnostics);
}

}  // namespace

Extraction extract(const Mapping& mapping, io::Workbook& workbook, const std::string& display_name,
                   const core::AreaDirectory& areas) {
  return extract(Assignment{display_name, display_name, {&mapping}}, workbook, areas);
}

Extraction extract(const Assignment& assignment, io::Workbook& workbook,
                   const core::AreaDirectory& areas) {
  Extraction out;
  out.claims = claim_sheets(assignment, workbook, out.diagnostics);
  read_claims(workbook, assignment.display_name, areas, out);
  return out;
}

}  // namespace scdash::mapping
