// Mapping: how to find the figures in one partner's return layout.
//
// Loaded from a YAML file that analysts edit when a partner changes its spreadsheet
// (docs/mapping.md). The first form is a "wide" table: a header row found by a label,
// areas down one column, months across the other columns, one measure throughout.
#pragma once

#include <string>
#include <vector>

namespace scdash::mapping {

// A value in the mapping file, with where it was written, so that a problem found while
// applying the mapping can point back at the line that caused it.
struct Sourced {
  std::string text;
  int line = 0;
  int column = 0;
};

struct WideTable {
  Sourced header_label;                  // text of a cell in the header row, e.g. "District"
  int search_rows = 30;                  // the header row is looked for in this many rows
  Sourced area_column;                   // header of the column holding area names
  std::vector<std::string> stop_labels;  // an area cell with one of these ends the table
};

struct Mapping {
  std::string file;  // the mapping file, as diagnostics name it
  std::string description;
  std::vector<std::string> file_patterns;  // globs matched against return file names
  Sourced sheet;                           // sheet name
  WideTable table;
  Sourced measure;  // e.g. "crime.total"
};

}  // namespace scdash::mapping
