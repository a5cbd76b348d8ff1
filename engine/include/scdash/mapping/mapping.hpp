// Mapping: how to find the figures in one partner's return layout, and what each figure is.
//
// Loaded from a YAML file that analysts edit when a partner changes its spreadsheet
// (docs/mapping.md is the guide). A mapping says which files and sheet it reads, where the
// figures are (a table of one of three shapes, or a form of fixed cells), and where each
// figure's three dimensions (measure, area, period) come from. Everything here is plain data;
// load.hpp reads it and extract.hpp applies it.
//
//   const auto mapping = scdash::mapping::parse_mapping(yaml_text, "mappings/marac.yaml",
//                                                      diagnostics);
//   if (mapping && mapping->table) { mapping->table->shape; }  // Shape::wide, long or records
#pragma once

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "scdash/core/cell_ref.hpp"

namespace scdash::mapping {

// A value in the mapping file, with where it was written, so that a problem found while
// applying the mapping can point back at the line that caused it.
struct Sourced {
  std::string text;
  int line = 0;
  int column = 0;
};

// A column of a table, found by its heading in the header row: the heading or any alias,
// compared without regard to case, spacing, punctuation or line breaks.
struct ColumnRef {
  Sourced header;  // empty text: no such column in this mapping
  std::vector<std::string> aliases;

  bool given() const { return !header.text.empty(); }
};

// The three things that identify a figure.
enum class Dimension { measure, area, period };

std::string_view dimension_name(Dimension dimension);  // "measure", "area", "period"

// Where a dimension comes from when it is the same for many figures: a constant written in
// the mapping, a cell elsewhere on the sheet (a title such as "Quarter 2 2025/26" in B2), the
// sheet's name or the file's name. Texts read from the return go through `pattern`, a glob in
// which "(*)" marks the part to keep ("marac-(*).xlsx"); an empty pattern keeps the whole text.
struct DimensionSource {
  enum class Kind { none, constant, cell, sheet_name, file_name };
  Kind kind = Kind::none;
  Sourced text;         // the constant, the cell address, or the name pattern
  core::CellRef cell;   // Kind::cell
  std::string pattern;  // Kind::cell, sheet_name and file_name

  bool given() const { return kind != Kind::none; }
};

// Which sheet(s) of the workbook to read. Hidden sheets are never read.
struct SheetSelector {
  enum class By { position, name, pattern };
  By by = By::position;  // the default: the first visible sheet
  Sourced text;          // the name or the glob, as written
  int position = 1;      // 1-based among the visible sheets
};

// One test on a record's column, as in `where: {column: Domestic, equals: Y}`.
struct Condition {
  enum class Test { in, not_in, equals, matches, not_matches };
  ColumnRef column;
  Test test = Test::equals;
  std::vector<std::string> values;  // one for equals, matches and not_matches (a glob)
  int line = 0;

  // As a summary names it: "Location not in [No Location]", "LSOA name not matching
  // 'Leicester *'".
  std::string described() const;
};

// A records rule: each row that passes `where` adds to one figure of `measure` (or of the
// measure its `measure_column` names), by one, or by the value in its `sum` column.
struct FigureRule {
  Sourced measure;  // a measure id; empty when measure_column names it
  ColumnRef measure_column;
  ColumnRef sum;  // not given: count rows
  std::vector<Condition> where;
  int line = 0;
};

// A lookup from one geography to another, as ONS publishes them (LSOA to local authority
// district): a CSV file beside the mappings, a value found in its `from` column gives the area
// in its `to` column.
struct AreaLookup {
  Sourced file;  // as the mapping writes it: relative to the mapping's own folder
  std::string from;
  std::string to;
  // Filled when the configuration is loaded: normalised `from` value -> `to` value.
  std::shared_ptr<const std::unordered_map<std::string, std::string>> rows = nullptr;
};

// What an area column's values hold, when that is more than an area's name or code.
struct AreaValues {
  // The area as part of a longer text: a glob whose "(*)" keeps that part ("(*) ????" keeps
  // "Charnwood" of the LSOA name "Charnwood 012A").
  Sourced pattern;
  std::optional<AreaLookup> lookup;  // then looked up in another geography
  // Areas outside the partnership (names, codes or globs, after the pattern and the lookup):
  // their rows are left out, and counted as left out. `outside: unlisted` leaves out every area
  // the reference data does not list, as a national file's hundreds of others.
  std::vector<std::string> outside;
  bool outside_unlisted = false;
  int outside_line = 0;
};

enum class Shape {
  wide,       // labels down one column, figures across the columns under their headings
  long_rows,  // one row per figure: columns for its dimensions and one for its value
  records,    // one row per crime or incident, counted or summed by area and month
};

std::string_view shape_name(Shape shape);

struct Table {
  Shape shape = Shape::wide;
  std::optional<Sourced> header_label;  // a cell reading this marks the header row
  int search_rows = 30;                 // the header row is looked for in this many rows
  int line = 0;                         // where 'table:' is written
  ColumnRef area_column;
  AreaValues area_values;  // pattern, lookup and areas outside, for area_column's values
  ColumnRef period_column;
  ColumnRef measure_column;
  ColumnRef value_column;                // long
  Dimension across = Dimension::period;  // wide: what the figure columns' headings are
  std::vector<std::string> stop_labels;  // a row starting with one of these ends the table
  std::vector<Condition> where;          // long and records: rows that fail are left out
  std::vector<FigureRule> figures;       // records

  // The column a wide table's row labels are in, and what they are.
  const ColumnRef& column_of(Dimension dimension) const;
};

// A form: one figure in a fixed cell, such as MARAC's "cases discussed" in C7.
struct FormCell {
  Sourced address;
  core::CellRef cell;
  DimensionSource measure;  // each not given falls back to the mapping's own
  DimensionSource area;
  DimensionSource period;
  std::optional<Sourced> label;  // text expected to the left of the cell, in the same row
  std::optional<bool> rolling_12_months;
};

// How figures written as text are read.
struct ValueRules {
  bool percent = false;  // "12%" reads as 12
  // Markers for suppressed or missing data, and the reason each stands for.
  std::vector<std::pair<std::string, std::string>> not_available;
  // Measures read as text, never as numbers: a RAG a partner sets by hand ("R", "Amber") and
  // its reason. Their observations carry the cell's text (core::Observation::text).
  std::vector<std::string> text_measures = {};

  bool is_text(std::string_view measure) const {
    return std::find(text_measures.begin(), text_measures.end(), measure) != text_measures.end();
  }
};

// One line of a lookup table in the mapping: a label partners write, and what it means.
struct LabelEntry {
  std::string label;
  Sourced meaning;  // a measure id, or an area's name or code
};

struct Mapping {
  std::string file;  // the mapping file, as diagnostics name it
  std::string description;
  std::vector<std::string> file_patterns;  // globs matched against return file names
  SheetSelector sheet;
  std::vector<std::string> fingerprint;  // texts that must each appear in the sheet's first rows
  std::optional<Table> table;            // a table, or else
  std::vector<FormCell> cells;           // a form
  DimensionSource measure;
  DimensionSource area;
  DimensionSource period;
  bool rolling_12_months = false;    // each figure covers the 12 months to the period read
  std::vector<LabelEntry> measures;  // labels in the return -> measure ids
  // Extra names for areas, for this partner only; a label holding '*' or '?' is a glob.
  std::vector<LabelEntry> area_aliases;
  ValueRules values;

  const DimensionSource& source_of(Dimension dimension) const;
};

// Measure ids are lower-case words joined by dots: "crime.total", "marac.repeat_cases".
bool is_measure_id(std::string_view text);

// How many rows from the top are searched for the fingerprint texts.
inline constexpr int kFingerprintRows = 30;

}  // namespace scdash::mapping
