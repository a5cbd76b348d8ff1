#include "scdash/core/report_shapes.hpp"

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

}  // namespace scdash::core
