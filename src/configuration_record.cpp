#include "configuration_record.hpp"

#include "scdash/validate/accounting.hpp"

namespace scdash::cli {

void record_configuration(core::FileSystem& file_system, const ConfigurationPaths& paths,
                          const Configuration& configuration, core::RunRecord& record) {
  std::vector<std::pair<core::InputKind, std::string>> inputs;
  for (const auto& mapping : configuration.mappings) {
    inputs.emplace_back(core::InputKind::mapping, mapping.file);
  }
  inputs.emplace_back(core::InputKind::dashboard_template,
                      (paths.dashboard_template / "dashboard.yaml").generic_string());
  for (const char* name : {"areas.yaml", "populations.yaml"}) {
    inputs.emplace_back(core::InputKind::reference, (paths.reference / name).generic_string());
  }
  for (const auto& [kind, name] : inputs) {
    record.configuration.push_back(
        {kind, name, validate::checksum_or_report(file_system, name, name, record.diagnostics)});
  }
}

}  // namespace scdash::cli
