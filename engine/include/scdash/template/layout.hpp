// Layout: how the dashboard looks, from the template's layout.yaml.
//
// A BI analyst restyles the dashboard by editing YAML, never code: the columns and their
// order, headings and widths, the font, the colours, the RAG labels, the subtitle, the key and
// the paper, and the trajectory sparklines' style. Every setting has a default, the BI team's
// 2025/26 format, so layout.yaml lists only what differs (docs/template.md lists every key and its
// default).
//
//   const scdash::templates::Layout layout =
//       scdash::templates::load_layout(disk, "workbook-templates/safer-communities", diagnostics);
//   layout.paper;  // Paper::a4 unless layout.yaml says a3
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "scdash/core/diagnostic.hpp"
#include "scdash/core/file_system.hpp"

namespace scdash::templates {

enum class DashboardColumn {
  outcome,
  overall_rag,
  indicator,
  previous,
  current,
  change,
  direction,
  progress_rag,
  trajectory,
  nearest_neighbour,
  county_comparison,
  regional_average,  // optional: the region's average, when a comparator return gives it
  national_average,  // optional: England's average, likewise
  count_change,      // optional: the change in what the numerator counts (1,141 more crimes)
  target,            // optional: the indicator's target as a level
  gap,               // optional: the figure less the target, in what the numerator counts
  classification,    // optional: the classification set by hand (High, Medium, Low)
  districts,         // the block of district columns, one per district
};

struct ColumnLayout {
  DashboardColumn column = DashboardColumn::indicator;
  std::string heading;  // may hold placeholders such as {previous}; districts: unused
  double width = 10;    // in Excel's character widths; districts: each district's
  // districts: the template's area sets shown as columns, by name; empty, every set. The others
  // are on the Districts sheet and in report.json only.
  std::vector<std::string> sets = {};
};

// Colours as 0xRRGGBB.
struct Colours {
  std::uint32_t title = 0x1F3864;
  std::uint32_t header_fill = 0x1F3864;
  std::uint32_t header_text = 0xFFFFFF;
  std::uint32_t outcome_fill = 0xD9E1F2;
  std::uint32_t border = 0xBFBFBF;
  // RAG fills: Fingertips' red, amber and green, and its grey for "not compared".
  std::uint32_t red = 0xC00000;
  std::uint32_t amber = 0xFFC000;
  std::uint32_t green = 0x92D050;
  std::uint32_t grey = 0xC9C9C9;
  // District comparison fills: Fingertips' better, similar and worse, and for indicators with
  // no polarity its lower and higher blues.
  std::uint32_t better = 0x92D050;
  std::uint32_t similar = 0xFFC000;
  std::uint32_t worse = 0xC00000;
  std::uint32_t lower = 0x5555E6;
  std::uint32_t higher = 0xC2CCFF;
  // Direction-of-travel arrows.
  std::uint32_t arrow_better = 0x00B050;
  std::uint32_t arrow_worse = 0xC00000;
  std::uint32_t arrow_no_judgement = 0x808080;
};

// What the RAG cells hold; the conditional formats colour them by these values.
struct RagLabels {
  std::string red = "R";
  std::string amber = "A";
  std::string green = "G";
  std::string grey = "n/a";
};

enum class Paper { a4, a3 };

enum class SparklineType { line, column };

// How the trajectory sparklines are grouped, as Excel's "Group" does.
enum class SparklineGrouping {
  single,   // one group, each sparkline scaled to its own data
  per_row,  // a group per row, so that Excel restyles each on its own
  shared,   // one group on a shared vertical axis, so that rows compare by height
};

// Which points of each sparkline are marked (a line) or coloured (columns).
struct SparklineMarkers {
  bool high = true;
  bool low = true;
  bool first = false;
  bool last = true;
  bool negative = false;
};

// The sparklines' colours as 0xRRGGBB: the line or columns, and each kind of marked point. The
// high and low points are coloured by the indicator's polarity: `better` for the better of the
// two (the high point when higher is better), `worse` for the other, and `neutral` for both
// where the indicator has no polarity.
struct SparklineColours {
  std::uint32_t series = 0x1F3864;
  std::uint32_t better = 0x00B050;
  std::uint32_t worse = 0xC00000;
  std::uint32_t neutral = 0x7F7F7F;
  std::uint32_t first = 0x1F3864;
  std::uint32_t last = 0x1F3864;
  std::uint32_t negative = 0xC00000;
};

// The trajectory sparklines' style.
struct SparklineStyle {
  SparklineType type = SparklineType::line;
  SparklineGrouping grouping = SparklineGrouping::single;
  SparklineMarkers markers;
  SparklineColours colours;
};

// What the published copy says of itself (docs/publishing.md): its document properties, which
// screen readers and search engines read, and its cover sheet's contact.
struct Publication {
  std::string author;  // the organisation publishing it; empty, the properties say scdash
  std::string language = "en-GB";    // a BCP 47 tag, as the document properties hold it
  std::vector<std::string> contact;  // the cover sheet's lines under "Contact"
};

// The fill of a classification set by hand, such as the force's "High".
struct ClassificationColour {
  std::string classification;
  std::uint32_t fill = 0;
};

struct Layout {
  std::vector<ColumnLayout> columns = default_columns();
  // Classifications without a colour here are left unfilled.
  std::vector<ClassificationColour> classification_colours;
  std::string font_name = "Arial";
  double font_size = 9;
  Colours colours;
  RagLabels rag_labels;
  // Texts may hold placeholders such as {current} (placeholders.hpp lists them).
  std::string subtitle = default_subtitle();
  std::string key_title = "Key";
  std::vector<std::string> key = default_key();
  // The published copy's last line of the key, saying what its [c] means.
  std::string withheld_key =
      "[c]: withheld to protect confidentiality, a figure resting on a small count or one that "
      "would let such a figure be worked out.";
  // The published copy's line of the key for the marks after a district's figure, which say
  // what its colour says.
  std::string significance_key =
      "\u25B2 or \u25BC after a district's figure: significantly higher or lower than {area}'s "
      "figure (its 95% confidence interval excludes it); the colour says whether that is better "
      "or worse, and the Notes sheet says it in words.";
  // The published copy's line of the key for its notes, which are on the Notes sheet.
  std::string notes_key =
      "Each row's name ends with its note, such as [note 1]; the Notes sheet says how each of "
      "the row's figures was computed and from which return.";
  Publication publication;
  Paper paper = Paper::a3;  // fitted to A4, the text would print too small to read
  SparklineStyle sparklines;

  static std::vector<ColumnLayout> default_columns();
  // Columns a layout may add that the default leaves out, with their headings and widths.
  static std::vector<ColumnLayout> optional_columns();
  static std::string default_subtitle();
  static std::vector<std::string> default_key();
};

// Loads `directory`/layout.yaml over the defaults; a template without one gets the defaults.
// Problems go to `diagnostics` with file:line:column, and the defaults stand in for the
// settings in error.
Layout load_layout(core::FileSystem& file_system, const std::filesystem::path& directory,
                   core::Diagnostics& diagnostics);

}  // namespace scdash::templates
