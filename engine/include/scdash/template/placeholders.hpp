// Placeholders: the names between braces that the layout's texts may hold ({current}, {area},
// ...), so that a subtitle or a line of the key reads right in every quarter without an edit.
//
//   PlaceholderValues values;
//   values.area = "Leicestershire";
//   expand_placeholders("{area} by district", values);  // "Leicestershire by district"
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace scdash::templates {

// What each placeholder stands for in one dashboard.
struct PlaceholderValues {
  std::string title;
  std::string quarter;
  std::string area;
  std::string current;
  std::string previous;
  std::string data_to;
  std::string districts;
  std::string red;
  std::string amber;
  std::string green;
  std::string grey;
  std::string not_available;   // the mark of a figure that is not available: "n/a", or "[x]"
  std::string not_applicable;  // of one that does not apply: "–", or "[z]"
};

// Each placeholder's name and what it stands for (for docs and diagnostics).
const std::vector<std::pair<std::string_view, std::string_view>>& layout_placeholders();

// The names between braces in `text` that are not placeholders, in order of appearance.
std::vector<std::string> unknown_placeholders(std::string_view text);

// `text` with each placeholder replaced by its value; names that are not placeholders (which
// load_layout reports) are kept as written.
std::string expand_placeholders(std::string_view text, const PlaceholderValues& values);

// Named values for texts with placeholders of their own (the board report's sentence patterns):
// each name with what it stands for in one sentence.
using NamedValues = std::vector<std::pair<std::string_view, std::string>>;

// The names between braces in `text`, in order of appearance.
//   placeholder_names("{indicator} is {current}")  // {"indicator", "current"}
std::vector<std::string> placeholder_names(std::string_view text);

// `text` with each "{name}" that `values` names replaced by its value; others kept as written.
//   expand_named("from {previous}", {{"previous", "1.49"}})  // "from 1.49"
std::string expand_named(std::string_view text, const NamedValues& values);

}  // namespace scdash::templates
