#include "json_output.hpp"

#include "scdash/core/json_writer.hpp"
#include "scdash/core/report_shapes.hpp"
#include "scdash/run/summary.hpp"

namespace scdash::cli {
std::string result_json(std::string_view command, int exit_status, const run::RunResult& result,
                        const std::vector<std::string>& written) {
  core::JsonWriter json;
  json.begin_object();
  json.key("command");
  json.value(command);
  json.key("exit_status");
  json.value(static_cast<std::size_t>(exit_status));
  run::write_overview(json, result);
  json.key("written");
  json.begin_array();
  for (const auto& path : written) {
    json.value(path);
  }
  json.end_array();
  json.key("diagnostics");
  core::write_diagnostics(json, result.record.diagnostics);
  json.end_object();
  return json.finish();
}

}  // namespace scdash::cli
