// The board report's narrative: what may honestly be said of each figure on the dashboard.
//
// Each statement is licensed by one rule, the dashboard's own judgement: "stable" only inside
// the indicator's stable band; "improved" or "deteriorated" only where the indicator has a
// polarity; "significantly" only where a confidence interval says so; "within the range" from
// the range rule. Its figures are the dashboard's, as the dashboard shows them, with the cells
// they come from, so report.json can trace every sentence. How each kind is worded is the
// template's (narrative_wording.hpp).
//
//   const Narrative narrative = scdash::render::draft_narrative(model, wording, layout);
//   narrative.outcomes[1].points[0].statements[0].text;
//   // "% of MARAC cases that are repeat referrals has remained stable at 32.8%, ..."
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "scdash/core/observation.hpp"
#include "scdash/kpi/model.hpp"
#include "scdash/template/layout.hpp"
#include "scdash/template/narrative_wording.hpp"

namespace scdash::render {

// One named figure of a statement, as the sentence shows it.
struct StatementFigure {
  std::string name;             // the pattern's placeholder: "current", "previous", "low", ...
  std::string text;             // as shown: "32.8%"
  std::optional<double> value;  // as computed
  std::vector<core::SourceRef> sources;  // the cells it was computed from; none for a setting
};

struct Statement {
  templates::StatementKind kind = templates::StatementKind::stable;
  std::string text;  // the kind's pattern, filled
  std::string rule;  // why it may be said: "the change, -0.3 points, lies within ±2 points"
  std::vector<StatementFigure> figures;
};

// What the draft says of one indicator.
struct IndicatorPoint {
  std::string indicator_id;
  std::string label;
  std::vector<Statement> statements;
};

struct OutcomePoints {
  std::string name;
  std::vector<IndicatorPoint> points;  // the indicators with a current figure
};

// The whole draft: the frame's texts with their placeholders filled, and the statements.
struct Narrative {
  std::string board;
  std::string date;
  std::string title;
  std::string language;
  templates::ReportHeadings headings;
  std::vector<std::string> introduction;
  std::string key_points;
  std::vector<OutcomePoints> outcomes;
  std::vector<IndicatorPoint> not_available;  // each with its one not_available statement
  std::vector<std::string> recommendations;
  std::vector<std::string> contact;
  std::vector<std::string> appendices;
};

// The text that stands in for the meeting's date when the template gives none.
inline constexpr const char* kDateToFill = "[Date of the meeting]";

// Drafts the narrative of a computed model; the frame's placeholders are filled as the layout
// fills the Dashboard's. Kinds whose pattern is empty are left out.
Narrative draft_narrative(const kpi::DashboardModel& model,
                          const templates::NarrativeWording& wording,
                          const templates::Layout& layout);

}  // namespace scdash::render
