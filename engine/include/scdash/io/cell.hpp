// Cell: one typed value read from a sheet, with its address.
//
//   for (const scdash::io::Cell& cell : row.cells) {
//     if (cell.type == scdash::io::CellType::number) { use(cell.number); }
//   }
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "scdash/core/cell_ref.hpp"

namespace scdash::io {

enum class CellType {
  empty,    // present in the file but holding nothing (a styled blank)
  number,   // number holds the value
  string,   // text holds the value
  boolean,  // number is 0 or 1
  error,    // text holds the error literal, e.g. "#N/A"
  date,     // number holds the Excel serial in the 1900 system, whatever the file's date system
};

struct Cell {
  core::CellRef ref;
  CellType type = CellType::empty;
  double number = 0;
  std::string text;
  // A number whose format shows it as a percentage: 0.328 stored, 32.8% shown.
  bool percent = false;
};

// A rectangle of cells, corners included, such as a merged range ("A1:C2").
struct CellRange {
  core::CellRef first;  // top left
  core::CellRef last;   // bottom right

  auto operator<=>(const CellRange&) const = default;
};

// One row of a sheet: its cells in column order, empty cells usually absent.
struct Row {
  std::uint32_t index = 0;  // 0-based
  std::vector<Cell> cells;
};

std::string_view cell_type_name(CellType type);

}  // namespace scdash::io
