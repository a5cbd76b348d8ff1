#include "mapping/sheet_context.hpp"

#include <algorithm>

#include "mapping/cell_reading.hpp"
#include "scdash/core/text.hpp"

namespace scdash::mapping {
namespace {

void add_source_row(const DimensionSource& source, std::set<std::uint32_t>& rows) {
  if (source.kind == DimensionSource::Kind::cell) {
    rows.insert(source.cell.row);
  }
}

}  // namespace

const io::Cell* SheetContext::cell(core::CellRef ref) const {
  const io::Row* found = row(ref.row);
  const io::Cell* cell = found ? cell_at(*found, ref.column) : nullptr;
  return cell && !is_blank(*cell) ? cell : nullptr;
}

const io::Row* SheetContext::row(std::uint32_t index) const {
  const auto found = rows.find(index);
  return found == rows.end() ? nullptr : &found->second;
}

std::set<std::uint32_t> context_rows(const Mapping& mapping) {
  std::set<std::uint32_t> rows;
  for (const Dimension dimension : {Dimension::measure, Dimension::area, Dimension::period}) {
    add_source_row(mapping.source_of(dimension), rows);
  }
  for (const FormCell& cell : mapping.cells) {
    rows.insert(cell.cell.row);
    add_source_row(cell.measure, rows);
    add_source_row(cell.area, rows);
    add_source_row(cell.period, rows);
  }
  return rows;
}

bool needs_context(const Mapping& mapping) {
  return !mapping.fingerprint.empty() || !context_rows(mapping).empty();
}

core::Expected<SheetContext, core::Diagnostic> read_sheet_context(
    io::Workbook& workbook, std::size_t sheet, const std::set<std::uint32_t>& rows,
    const std::vector<std::string>& fingerprint) {
  SheetContext context;
  std::vector<std::string> wanted;
  for (const auto& text : fingerprint) {
    wanted.push_back(core::normalise_label(text));
  }
  std::vector<bool> found(fingerprint.size(), false);
  const std::uint32_t fingerprint_rows = fingerprint.empty() ? 0 : kFingerprintRows;
  const std::uint32_t last_row = std::max(rows.empty() ? 0 : *rows.rbegin() + 1, fingerprint_rows);
  auto status = workbook.read_sheet(sheet, [&](const io::Row& row) {
    if (row.index >= last_row) {
      return false;
    }
    if (rows.contains(row.index)) {
      context.rows.emplace(row.index, row);
    }
    if (row.index < fingerprint_rows) {
      for (const auto& cell : row.cells) {
        if (cell.type != io::CellType::string) {
          continue;
        }
        const std::string text = core::normalise_label(cell.text);
        for (std::size_t i = 0; i < wanted.size(); ++i) {
          found[i] = found[i] || text.find(wanted[i]) != std::string::npos;
        }
      }
    }
    return true;
  });
  if (!status) {
    return core::unexpected(status.error());
  }
  for (std::size_t i = 0; i < fingerprint.size(); ++i) {
    if (!found[i]) {
      context.missing_fingerprint.push_back(fingerprint[i]);
    }
  }
  return context;
}

}  // namespace scdash::mapping
