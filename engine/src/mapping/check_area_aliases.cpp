#include <fmt/format.h>

#include "scdash/mapping/load.hpp"

namespace scdash::mapping {

void check_area_aliases(const std::vector<Mapping>& mappings, const core::AreaDirectory& areas,
                        core::Diagnostics& diagnostics) {
  for (const auto& mapping : mappings) {
    for (const auto& [alias, meaning] : mapping.area_aliases) {
      if (areas.resolve(meaning.text) != nullptr) {
        continue;
      }
      const std::string suggestion = areas.suggest(meaning.text);
      diagnostics.push_back(core::Diagnostic::error(
          "mapping-unknown-area",
          fmt::format("area_aliases: '{}' is not an area in the reference data{}", meaning.text,
                      suggestion.empty() ? "" : fmt::format("; did you mean '{}'?", suggestion)),
          core::Location::at_text(mapping.file, meaning.line, meaning.column),
          "the name after the colon must be an area's name, code or alias in "
          "mappings/reference/areas.yaml"));
    }
  }
}

}  // namespace scdash::mapping
