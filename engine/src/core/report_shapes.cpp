#include "scdash/core/report_shapes.hpp"

#include <fmt/format.h>

namespace scdash::core {

void write_diagnostic(JsonWriter& json, const Diagnostic& diagnostic) {
  json.begin_object();
  json.key("severity");
  json.value(severity_name(diagnostic.severity));
  json.key("code");
  json.value(diagnostic.code);
  json.key("location");
  json.value(diagnostic.location.to_string());
  json.key("message");
  json.value(diagnostic.message);
  if (!diagnostic.hint.empty()) {
    json.key("hint");
    json.value(diagnostic.hint);
  }
  json.end_object();
}

void write_diagnostics(JsonWriter& json, const Diagnostics& diagnostics) {
  json.begin_array();
  for (const auto& diagnostic : diagnostics) {
    write_diagnostic(json, diagnostic);
  }
  json.end_array();
}

void write_cell_account(JsonWriter& json, const CellAccount& cells) {
  json.begin_object();
  json.key("non_empty");
  json.value(cells.non_empty);
  json.key("read");
  json.value(cells.used);
  json.key("with_problems");
  json.value(cells.reported);
  json.key("left_out_by_where");
  json.value(cells.excluded);
  json.end_object();
}

void write_period(JsonWriter& json, const Period& period) {
  json.begin_object();
  json.key("first");
  json.value(period.first.iso());
  json.key("last");
  json.value(period.last.iso());
  json.key("label");
  json.value(period.label());
  json.end_object();
}

void write_observation(JsonWriter& json, const Observation& observation) {
  json.begin_object();
  json.key("measure");
  json.value(observation.measure);
  json.key("area");
  json.value(observation.area_code);
  json.key("period");
  write_period(json, observation.period);
  json.key("value");
  if (observation.usable()) {
    json.value(observation.value);
  } else {
    json.null();
  }
  if (observation.unavailable_reason) {
    json.key("not_available");
    json.value(*observation.unavailable_reason);
  }
  if (observation.rejected_because) {
    json.key("rejected");
    json.value(*observation.rejected_because);
  }
  json.key("cell");
  json.value(observation.source.location().to_string());
  json.key("mapping");
  json.value(
      fmt::format("{}:{}", observation.source.mapping_file, observation.source.mapping_line));
  json.end_object();
}

}  // namespace scdash::core
