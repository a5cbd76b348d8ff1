#include "template/check_placeholders.hpp"

#include <fmt/format.h>

#include "scdash/template/placeholders.hpp"

namespace scdash::templates {

bool check_layout_placeholders(core::YamlChecker& yaml, const YAML::Node& node,
                               const std::string& text) {
  const auto unknown = unknown_placeholders(text);
  for (const auto& name : unknown) {
    std::vector<std::string> known;
    for (const auto& [placeholder, meaning] : layout_placeholders()) {
      known.push_back(fmt::format("{{{}}}", placeholder));
    }
    yaml.error(
        node, "unknown-placeholder",
        fmt::format("'{{{}}}' is not a placeholder; they are {}", name, fmt::join(known, ", ")));
  }
  return unknown.empty();
}

}  // namespace scdash::templates
