#include "render/area_columns.hpp"

#include <algorithm>

namespace scdash::render {

kpi::DashboardModel with_area_columns_shown(const kpi::DashboardModel& model,
                                            const templates::Layout& layout) {
  const auto districts = std::find_if(
      layout.columns.begin(), layout.columns.end(),
      [](const auto& column) { return column.column == templates::DashboardColumn::districts; });
  if (districts == layout.columns.end() || districts->sets.empty()) {
    return model;
  }
  const auto shown = [&](std::size_t i) {
    return std::find(districts->sets.begin(), districts->sets.end(), model.districts[i].set) !=
           districts->sets.end();
  };
  kpi::DashboardModel filtered = model;
  filtered.districts.clear();
  for (std::size_t i = 0; i < model.districts.size(); ++i) {
    if (shown(i)) {
      filtered.districts.push_back(model.districts[i]);
    }
  }
  for (auto& outcome : filtered.outcomes) {
    for (auto& result : outcome.indicators) {
      std::vector<kpi::DistrictFigure> figures;
      for (std::size_t i = 0; i < result.districts.size() && i < model.districts.size(); ++i) {
        if (shown(i)) {
          figures.push_back(std::move(result.districts[i]));
        }
      }
      result.districts = std::move(figures);
    }
  }
  return filtered;
}

}  // namespace scdash::render
