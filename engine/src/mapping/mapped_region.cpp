#include "mapping/mapped_region.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace scdash::mapping {
bool MappedRegion::takes_figure(core::CellRef cell) const {
  return std::find(cells.begin(), cells.end(), cell) != cells.end() ||
         (rows && cell.row >= rows->first && cell.row <= rows->last &&
          std::find(columns.begin(), columns.end(), cell.column) != columns.end());
}

bool MappedRegion::contains(core::CellRef cell) const {
  return takes_figure(cell) ||
         std::find(context_cells.begin(), context_cells.end(), cell) != context_cells.end();
}

std::optional<core::CellRef> shared_cell(const MappedRegion& a, const MappedRegion& b) {
  std::optional<core::CellRef> first;
  const auto consider = [&](core::CellRef cell) {
    if (!first || cell < *first) {
      first = cell;
    }
  };
  for (const core::CellRef cell : a.cells) {
    if (b.takes_figure(cell)) {
      consider(cell);
    }
  }
  for (const core::CellRef cell : b.cells) {
    if (a.takes_figure(cell)) {
      consider(cell);
    }
  }
  if (a.rows && b.rows && a.rows->first <= b.rows->last && b.rows->first <= a.rows->last) {
    for (const std::uint32_t column : a.columns) {
      if (std::find(b.columns.begin(), b.columns.end(), column) != b.columns.end()) {
        consider({std::max(a.rows->first, b.rows->first), column});
      }
    }
  }
  return first;
}

void report_formulas_without_values(const io::Workbook& workbook, std::size_t sheet,
                                    const std::vector<MappedRegion>& regions,
                                    const std::string& display_name,
                                    core::Diagnostics& diagnostics) {
  const std::string& name = workbook.sheets()[sheet].name;
  std::size_t read = 0;
  std::size_t not_read = 0;
  std::optional<core::CellRef> first_not_read;
  for (const core::CellRef cell : workbook.formulas_without_values(sheet)) {
    const bool mapped = std::any_of(regions.begin(), regions.end(), [&](const MappedRegion& r) {
      return r.sheet == sheet && r.contains(cell);
    });
    if (!mapped) {
      first_not_read = first_not_read.value_or(cell);
      ++not_read;
      continue;
    }
    if (++read <= io::kFormulaCellsNamed) {
      diagnostics.push_back(
          io::formula_without_value(core::Location::at_cell(display_name, name, cell)));
    }
  }
  if (read > io::kFormulaCellsNamed) {
    diagnostics.push_back(core::Diagnostic::warning(
        "formula-without-value",
        fmt::format("{} more cells that the mapping reads have a formula but no saved result",
                    read - io::kFormulaCellsNamed),
        core::Location::in_sheet(display_name, name)));
  }
  if (not_read > 0) {
    diagnostics.push_back(core::Diagnostic::info(
        "formula-without-value",
        fmt::format("{} cell(s) that no mapping reads have a formula but no saved result, the "
                    "first {}; no figure depends on them",
                    not_read, core::to_a1(*first_not_read)),
        core::Location::in_sheet(display_name, name),
        "if they matter, open the file in Excel and save it again, so that the results are "
        "calculated and saved"));
  }
}

}  // namespace scdash::mapping
