// MappedRegion: the cells a mapping reads on one sheet, so that a caveat about a cell it reads
// (a formula with no saved result, which reads as empty) is told from one about a cell it does
// not, such as a total column beside the table.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "mapping/table_scanner.hpp"
#include "scdash/core/cell_ref.hpp"
#include "scdash/core/diagnostic.hpp"
#include "scdash/io/workbook.hpp"

namespace scdash::mapping {

struct MappedRegion {
  std::size_t sheet = 0;
  std::optional<TableRows> rows;       // a table's rows, from its header row's
  std::vector<std::uint32_t> columns;  // and the columns of them it reads
  std::vector<core::CellRef> cells;    // a form's figures
  // Cells read for what they say of every figure, such as a title giving the period, which
  // several tables of one sheet may all read.
  std::vector<core::CellRef> context_cells;

  // Whether it takes a figure from the cell: a table's, or a form's.
  bool takes_figure(core::CellRef cell) const;
  // Whether it reads the cell at all, a context cell included.
  bool contains(core::CellRef cell) const;
};

// A cell both regions take figures from (a table's or a form's, not a title both read), the
// first by rows then columns; nullopt when they share none.
std::optional<core::CellRef> shared_cell(const MappedRegion& a, const MappedRegion& b);

// Reports the cells of `sheet` that hold a formula with no saved result: those a region reads,
// one by one (ten at most, then a count), as warnings, since a figure there reads as empty;
// the rest in one note, since nothing read depends on them.
void report_formulas_without_values(const io::Workbook& workbook, std::size_t sheet,
                                    const std::vector<MappedRegion>& regions,
                                    const std::string& display_name,
                                    core::Diagnostics& diagnostics);

}  // namespace scdash::mapping
