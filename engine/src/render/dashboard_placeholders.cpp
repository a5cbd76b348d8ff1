#include "render/dashboard_placeholders.hpp"

#include <string>
#include <vector>

#include <fmt/format.h>

namespace scdash::render {

templates::PlaceholderValues placeholder_values(const kpi::DashboardModel& model,
                                                const templates::Layout& layout,
                                                const Marks& marks) {
  std::vector<std::string> districts;
  for (const auto& district : model.districts) {
    districts.push_back(district.label + " " + district.name);
  }
  return {model.title,
          model.quarter.label(),
          model.headline_area_name,
          model.current_period.label(),
          model.previous_period.label(),
          model.current_period.last.short_label(),
          fmt::format("{}", fmt::join(districts, ", ")),
          layout.rag_labels.red,
          layout.rag_labels.amber,
          layout.rag_labels.green,
          layout.rag_labels.grey,
          marks.unavailable,
          marks.not_applicable};
}

}  // namespace scdash::render
