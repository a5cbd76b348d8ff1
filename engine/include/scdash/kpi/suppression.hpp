// Disclosure control for a published copy: which figures would disclose a small count, and the
// model with them withheld.
//
// Primary suppression: a figure computed from a count the template's policy hides (1 to 4 by
// default; an indicator may be stricter) is withheld, and so is everything computed from it:
// its rate or percentage, its interval, its comparison, a headline figure's change and RAG.
// Secondary suppression: a district's count could be worked out from the county's figure less
// the other districts', so while the districts withheld in a row sum to less than the threshold
// (one alone always does), the smallest district still shown is withheld too.
//
//   const auto decisions = scdash::kpi::decide_suppression(model, catalogue);
//   const DashboardModel published = scdash::kpi::withhold(model, decisions);
#pragma once

#include <string>
#include <vector>

#include "scdash/kpi/model.hpp"
#include "scdash/template/catalogue.hpp"

namespace scdash::kpi {

enum class SuppressionKind { primary, secondary };

std::string_view suppression_kind_name(SuppressionKind kind);  // "primary", "secondary"

// One figure withheld, and why: for the internal copy's Suppression sheet, never published.
struct SuppressionDecision {
  std::string indicator_id;
  std::string indicator_label;
  std::string area_code;
  std::string area_name;  // "Melton", or the headline area's
  std::string figure;     // "current" or "previous"
  SuppressionKind kind = SuppressionKind::primary;
  std::string rule;  // "4 yj.first_time_entrants, fewer than 5"
};

// Every figure of the model that the catalogue's policy withholds, in the dashboard's order.
std::vector<SuppressionDecision> decide_suppression(const DashboardModel& model,
                                                    const templates::Catalogue& catalogue);

// The model as it may be published: each decided figure withheld ("[c]"), with all that was
// computed from it.
DashboardModel withhold(const DashboardModel& model,
                        const std::vector<SuppressionDecision>& decisions);

}  // namespace scdash::kpi
