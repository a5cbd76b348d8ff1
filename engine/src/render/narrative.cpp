#include "scdash/render/narrative.hpp"

#include <cmath>
#include <variant>

#include <fmt/format.h>

#include "render/dashboard_placeholders.hpp"
#include "render/figure_note.hpp"
#include "render/narrative_points.hpp"

namespace scdash::render {
namespace {

std::vector<std::string> expanded(const std::vector<std::string>& texts,
                                  const templates::PlaceholderValues& values) {
  std::vector<std::string> filled;
  for (const auto& text : texts) {
    filled.push_back(templates::expand_placeholders(text, values));
  }
  return filled;
}

}  // namespace

Narrative draft_narrative(const kpi::DashboardModel& model,
                          const templates::NarrativeWording& wording,
                          const templates::Layout& layout) {
  const templates::PlaceholderValues values = placeholder_values(model, layout);
  const templates::ReportFrame& frame = wording.report;
  Narrative narrative;
  narrative.board = templates::expand_placeholders(frame.board, values);
  narrative.date =
      frame.date.empty() ? kDateToFill : templates::expand_placeholders(frame.date, values);
  narrative.title = templates::expand_placeholders(frame.title, values);
  narrative.language = frame.language;
  narrative.headings = frame.headings;
  narrative.introduction = expanded(frame.introduction, values);
  narrative.key_points = templates::expand_placeholders(frame.key_points, values);
  narrative.recommendations = expanded(frame.recommendations, values);
  narrative.contact = expanded(frame.contact, values);
  narrative.appendices = expanded(frame.appendices, values);

  const PointWriter writer(model, wording);
  for (const auto& outcome : model.outcomes) {
    OutcomePoints points{outcome.name, {}};
    for (const auto& result : outcome.indicators) {
      IndicatorPoint point = writer.point(result);
      if (point.statements.empty()) {
        continue;
      }
      if (!result.current.value) {
        narrative.not_available.push_back(std::move(point));
      } else {
        points.points.push_back(std::move(point));
      }
    }
    narrative.outcomes.push_back(std::move(points));
  }
  return narrative;
}

}  // namespace scdash::render
