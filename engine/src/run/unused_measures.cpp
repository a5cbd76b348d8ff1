#include "run/unused_measures.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "scdash/core/text.hpp"

namespace scdash::run {
namespace {

// The measure ids a mapping writes itself, where it writes them. Measures named by the return
// (a cell, a sheet or file name, a column) are known only once read.
std::vector<const mapping::Sourced*> measures_written(const mapping::Mapping& mapping) {
  std::vector<const mapping::Sourced*> written;
  const auto add_constant = [&](const mapping::DimensionSource& source) {
    if (source.kind == mapping::DimensionSource::Kind::constant) {
      written.push_back(&source.text);
    }
  };
  add_constant(mapping.measure);
  for (const mapping::FormCell& cell : mapping.cells) {
    add_constant(cell.measure);
  }
  if (mapping.table) {
    for (const mapping::FigureRule& rule : mapping.table->figures) {
      if (!rule.measure.text.empty()) {
        written.push_back(&rule.measure);
      }
    }
  }
  for (const mapping::LabelEntry& entry : mapping.measures) {
    written.push_back(&entry.meaning);
  }
  return written;
}

// The measure an indicator reads that `measure` is a slip of the keyboard away from: at most two
// edits, and no more than a third of it (so "iom.cohort" is not taken for "yj.cohort").
std::string near_miss(const std::string& measure, const std::vector<std::string>& read) {
  const std::string closest = core::closest_match(measure, read);
  return !closest.empty() && core::edit_distance(measure, closest) <= 2 ? closest : std::string();
}

}  // namespace

void check_measures_used(const std::vector<mapping::Mapping>& mappings,
                         const templates::Catalogue& catalogue, core::Diagnostics& diagnostics) {
  const std::vector<std::string> read = templates::measures_read(catalogue);
  for (const mapping::Mapping& mapping : mappings) {
    for (const mapping::Sourced* measure : measures_written(mapping)) {
      if (std::binary_search(read.begin(), read.end(), measure->text)) {
        continue;
      }
      const auto where = core::Location::at_text(mapping.file, measure->line, measure->column);
      const std::string closest = near_miss(measure->text, read);
      if (closest.empty()) {
        // Read on purpose, most likely (a survey's respondents, a cohort's size): its figures
        // are in report.json, with their cells, though no indicator shows them.
        diagnostics.push_back(core::Diagnostic::info(
            "mapping-measure-unused",
            fmt::format("no indicator of the template reads the measure '{}': its figures are "
                        "in report.json only",
                        measure->text),
            where, "if it was meant for an indicator, correct it to the measure that one reads"));
        continue;
      }
      diagnostics.push_back(core::Diagnostic::warning(
          "mapping-measure-unused",
          fmt::format("no indicator of the template reads the measure '{}'; did you mean '{}'?",
                      measure->text, closest),
          where,
          fmt::format("'{}' is read by the template's indicators; its figures are n/a "
                      "without this return's",
                      closest)));
    }
  }
}

}  // namespace scdash::run
