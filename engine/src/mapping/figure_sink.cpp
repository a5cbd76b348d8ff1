#include "mapping/figure_sink.hpp"

#include <fmt/format.h>

#include "mapping/value_reading.hpp"

namespace scdash::mapping {

std::string FigureSink::mapping_place(const Sourced& part) const {
  return fmt::format("{}:{}:{}", mapping_.file, part.line, part.column);
}

void FigureSink::figure(const io::Cell& cell, const FigureKey& key) {
  if (blocked_) {
    count_reported(1);
    return;
  }
  const ValueReading reading = mapping_.values.is_text(key.measure)
                                   ? read_text(cell, mapping_.values)
                                   : read_value(cell, mapping_.values);
  core::Observation observation{key.measure, key.area_code, key.period, reading.number,
                                source(cell.ref, key.mapping_line)};
  if (reading.kind == ValueReading::Kind::problem) {
    // The figure's place is kept, rejected, so that what it feeds says which cell is wrong
    // rather than that a figure is missing.
    observation.value = 0;
    observation.rejected_because = fmt::format("{} [{}]", reading.message, reading.code);
    out_.observations.push_back(std::move(observation));
    reject(1, core::Diagnostic::error(reading.code, reading.message, at(cell.ref), reading.hint));
    return;
  }
  if (reading.kind == ValueReading::Kind::not_available) {
    observation.value = 0;
    observation.unavailable_reason = reading.reason;
  }
  if (reading.kind == ValueReading::Kind::text) {
    observation.text = reading.text;
  }
  out_.observations.push_back(std::move(observation));
  count_used(1);
}

void FigureSink::observation(core::Observation observation) {
  out_.observations.push_back(std::move(observation));
}

void FigureSink::reject(std::size_t cells, core::Diagnostic diagnostic) {
  count_reported(cells);
  out_.diagnostics.push_back(std::move(diagnostic));
}

}  // namespace scdash::mapping
