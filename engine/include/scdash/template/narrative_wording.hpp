// NarrativeWording: how the board report's draft is worded, from the template's narrative.yaml.
//
// The engine decides what may be said of each indicator (render/narrative.hpp); this says how
// it is said. Each kind of statement has one sentence pattern whose placeholders are its figures
// ({indicator}, {previous}, {current}, ...), so that the BI team rewords the draft without code;
// the report's frame (the board, its title, the introduction, the recommendations, the contact)
// is likewise text with the layout's placeholders. Every setting has a default that reads like
// the board reports the team writes by hand, so narrative.yaml lists only what differs
// (docs/template.md lists every key, its placeholders and its default).
//
//   const auto wording = scdash::templates::load_narrative_wording(
//       disk, "workbook-templates/safer-communities", diagnostics);
//   wording.pattern(StatementKind::stable);  // "{indicator} has remained stable at {current}..."
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "scdash/core/diagnostic.hpp"
#include "scdash/core/file_system.hpp"

namespace scdash::templates {

// Every kind of statement the draft makes, each licensed by one rule (docs/indicators.md).
enum class StatementKind {
  // Direction of travel: within the stable band, or outside it and judged by polarity.
  stable,
  improved,
  deteriorated,
  increased,  // no polarity
  decreased,  // no polarity
  no_previous,
  // Against the indicator's RAG rule.
  within_range,
  below_range,
  above_range,
  target_met,
  target_missed,
  // Against the comparator returns.
  above_average,
  below_average,
  same_as_average,
  group_rank,
  county_standing,
  // Districts whose 95% confidence interval excludes the headline area's figure.
  districts_better,
  districts_worse,
  districts_lower,
  districts_higher,
  no_district_differs,
  // What the figure cannot bear.
  not_available,
  small_numbers,
};

struct StatementKindInfo {
  StatementKind kind;
  std::string_view key;                 // under `statements:` in narrative.yaml
  std::string_view when;                // when it is said, for docs
  std::vector<std::string_view> names;  // the placeholders its pattern may hold
  std::string_view pattern;             // the default wording
};

// Every kind, in the order a point states them.
const std::vector<StatementKindInfo>& statement_kinds();
const StatementKindInfo& statement_kind(StatementKind kind);

// The headings of the report's sections.
struct ReportHeadings {
  std::string introduction = "Introduction";
  std::string not_available = "Not available this quarter";
  std::string recommendations = "Recommendations";
  std::string contact = "Officers to contact";
  std::string appendices = "Appendices";
};

// The report around the statements, as board reports are framed. Texts may hold the layout's
// placeholders ({quarter}, {area}, {current}, ...).
struct ReportFrame {
  std::string board;  // "Leicestershire & Rutland Safer Communities Strategy Board"
  std::string date;   // the meeting's; empty, the draft leaves "[Date of the meeting]"
  std::string title = "{title}: {quarter} report";
  ReportHeadings headings;
  std::vector<std::string> introduction = default_introduction();
  std::string key_points = "Key points of the dashboard are summarised below.";
  std::vector<std::string> recommendations = {
      "That the Board notes the {quarter} performance "
      "dashboard."};
  std::vector<std::string> contact = {"[Name of the officer]", "[Job title]",
                                      "Tel: [telephone number]", "E-mail: [e-mail address]"};
  std::vector<std::string> appendices = {"Appendix 1 \u2013 {title}, {quarter}"};
  std::string language = "en-GB";

  static std::vector<std::string> default_introduction();
};

struct NarrativeWording {
  ReportFrame report;
  // A figure computed from fewer events than this gets the small-numbers caveat.
  double small_numbers_below = 100;
  std::vector<std::string> patterns = default_patterns();  // one per kind, by StatementKind

  // The kind's pattern; empty when narrative.yaml leaves the kind out of the draft.
  const std::string& pattern(StatementKind kind) const {
    return patterns[static_cast<std::size_t>(kind)];
  }
  static std::vector<std::string> default_patterns();
};

// Loads `directory`/narrative.yaml over the defaults; a template without one gets the defaults.
// Problems go to `diagnostics` with file:line:column (an unknown key, a placeholder the pattern's
// kind does not have), and the defaults stand in for the settings in error.
NarrativeWording load_narrative_wording(core::FileSystem& file_system,
                                        const std::filesystem::path& directory,
                                        core::Diagnostics& diagnostics);

}  // namespace scdash::templates
