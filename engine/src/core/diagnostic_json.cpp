#include "core/diagnostic_json.hpp"

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

}  // namespace scdash::core
