#include "mapping/sheet_selection.hpp"

#include <fmt/format.h>

#include "scdash/core/text.hpp"
#include "scdash/mapping/glob.hpp"

namespace scdash::mapping {
namespace {

bool fits(const SheetSelector& selector, const std::string& name) {
  if (selector.by == SheetSelector::By::pattern) {
    return glob_matches(selector.text.text, name);
  }
  return core::normalise_label(name) == core::normalise_label(selector.text.text);
}

std::string described(const SheetSelector& selector) {
  switch (selector.by) {
    case SheetSelector::By::name:
      return fmt::format("no sheet named '{}'", selector.text.text);
    case SheetSelector::By::pattern:
      return fmt::format("no sheet's name matches '{}'", selector.text.text);
    case SheetSelector::By::position:
      break;
  }
  return fmt::format("there is no visible sheet number {}", selector.position);
}

}  // namespace

std::vector<std::size_t> select_sheets(const Mapping& mapping, const io::Workbook& workbook,
                                       const std::string& display_name,
                                       core::Diagnostics& diagnostics) {
  const SheetSelector& selector = mapping.sheet;
  const auto& sheets = workbook.sheets();
  std::vector<std::size_t> chosen;
  std::vector<std::string> visible_names;
  int visible = 0;
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    const bool hidden = sheets[i].visibility != io::SheetVisibility::visible;
    const bool wanted = selector.by == SheetSelector::By::position
                            ? !hidden && ++visible == selector.position
                            : fits(selector, sheets[i].name);
    if (hidden) {
      if (wanted) {
        diagnostics.push_back(
            core::Diagnostic::info("mapping-sheet-hidden", "the sheet is hidden, so it is not read",
                                   core::Location::in_sheet(display_name, sheets[i].name),
                                   "unhide it in Excel if its figures belong on the dashboard"));
      }
      continue;
    }
    visible_names.push_back(sheets[i].name);
    if (wanted) {
      chosen.push_back(i);
    }
  }
  if (!chosen.empty()) {
    return chosen;
  }
  std::string suggestion;
  if (selector.by == SheetSelector::By::name) {
    suggestion = core::closest_match(selector.text.text, visible_names);
  }
  const bool position = selector.by == SheetSelector::By::position;
  diagnostics.push_back(core::Diagnostic::error(
      "mapping-sheet-missing",
      fmt::format("{}{}", described(selector),
                  suggestion.empty() ? "" : fmt::format("; did you mean '{}'?", suggestion)),
      core::Location::in_file(display_name),
      fmt::format("the workbook's visible sheets are: {}; {}", fmt::join(visible_names, ", "),
                  position && selector.text.line == 0
                      ? std::string("the mapping gives no 'sheet', so reads the first")
                      : fmt::format("{}:{}:{} says which sheet to read", mapping.file,
                                    selector.text.line, selector.text.column))));
  return chosen;
}

}  // namespace scdash::mapping
