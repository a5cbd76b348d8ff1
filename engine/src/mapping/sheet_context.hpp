// SheetContext: what a mapping needs from a sheet before it reads the figures.
//
// A period in a title cell (B2), a form's fixed cells and the fingerprint texts may be
// anywhere near the top, so they are gathered in a first, short pass over the sheet that
// stops at the last row needed; the table itself is then streamed in a second pass.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "scdash/core/diagnostic.hpp"
#include "scdash/core/expected.hpp"
#include "scdash/io/workbook.hpp"
#include "scdash/mapping/mapping.hpp"

namespace scdash::mapping {

struct SheetContext {
  std::map<std::uint32_t, io::Row> rows;         // the rows asked for that hold anything
  std::vector<std::string> missing_fingerprint;  // the fingerprint texts not found

  // The cell at `ref`, or nullptr when it is empty.
  const io::Cell* cell(core::CellRef ref) const;
  const io::Row* row(std::uint32_t index) const;
};

// The rows (0-based) holding the cells that `mapping` reads before its figures.
std::set<std::uint32_t> context_rows(const Mapping& mapping);

// Whether the first pass is needed at all.
bool needs_context(const Mapping& mapping);

core::Expected<SheetContext, core::Diagnostic> read_sheet_context(
    io::Workbook& workbook, std::size_t sheet, const std::set<std::uint32_t>& rows,
    const std::vector<std::string>& fingerprint);

}  // namespace scdash::mapping
