// FigureSink: where the shape readers put what they find on one sheet.
//
// It makes observations from cells, reports problems at their cells, and keeps the
// Extraction's accounting: readers count the non-empty cells of the region as they see them
// (add_region), and every outcome (used, reported, excluded) is counted separately, so that a
// reader that forgets a cell breaks Extraction::accounted().
#pragma once

#include <string>

#include "scdash/core/observation.hpp"
#include "scdash/core/period.hpp"
#include "scdash/io/cell.hpp"
#include "scdash/mapping/extract.hpp"
#include "scdash/mapping/mapping.hpp"

namespace scdash::mapping {

// A figure's three dimensions, and the mapping line that named its measure.
struct FigureKey {
  std::string measure;
  std::string area_code;
  core::Period period;
  int mapping_line = 0;
};

class FigureSink {
 public:
  FigureSink(const Mapping& mapping, std::string file, std::string sheet, Extraction& out)
      : mapping_(mapping), file_(std::move(file)), sheet_(std::move(sheet)), out_(out) {}

  const Mapping& mapping() const { return mapping_; }
  const std::string& file() const { return file_; }
  const std::string& sheet() const { return sheet_; }
  core::Location at(core::CellRef cell) const {
    return core::Location::at_cell(file_, sheet_, cell);
  }
  core::SourceRef source(core::CellRef cell, int mapping_line) const {
    return {file_, sheet_, cell, mapping_.file, mapping_line};
  }
  // "police.yaml:13:3", for hints that say which line of the mapping to change.
  std::string mapping_place(const Sourced& part) const;

  void add_region(std::size_t cells) { out_.cells_in_region.non_empty += cells; }

  // The figure in `cell`: an observation (possibly "not available"), or an error at the cell
  // and an observation rejected because of it.
  void figure(const io::Cell& cell, const FigureKey& key);
  // An observation made from several cells (records), whose cells are counted by the caller.
  void observation(core::Observation observation);

  // A problem that covers `cells` cells of the region, which give no observation.
  void reject(std::size_t cells, core::Diagnostic diagnostic);
  void count_used(std::size_t cells) { out_.cells_in_region.used += cells; }
  void count_reported(std::size_t cells) { out_.cells_in_region.reported += cells; }
  void count_excluded(std::size_t cells) { out_.cells_in_region.excluded += cells; }
  // A diagnostic that covers no cell of the region.
  void note(core::Diagnostic diagnostic) { out_.diagnostics.push_back(std::move(diagnostic)); }

  // After a failure that leaves the sheet's figures without a dimension (reported once):
  // every figure from then on is counted as covered by that report.
  void block() { blocked_ = true; }
  bool blocked() const { return blocked_; }

 private:
  const Mapping& mapping_;
  std::string file_;
  std::string sheet_;
  Extraction& out_;
  bool blocked_ = false;
};

}  // namespace scdash::mapping
