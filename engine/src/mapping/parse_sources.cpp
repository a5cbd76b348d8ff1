// Reading the small parts of a mapping file: texts, columns, dimension sources, sheets,
// lookup tables and value rules.
#include <cctype>
#include <set>

#include <fmt/format.h>

#include "mapping/parse_parts.hpp"
#include "scdash/core/cell_ref.hpp"
#include "scdash/core/text.hpp"
#include "scdash/mapping/glob.hpp"
#include "scdash/mapping/value_text.hpp"

namespace scdash::mapping::parse {
namespace {

constexpr std::string_view kMeasureIdHint =
    "a measure id is lower-case words joined by dots, such as crime.total or marac.cases";

// A pattern may keep at most one part.
void check_pattern(core::YamlChecker& yaml, const YAML::Node& node, const std::string& pattern) {
  const auto first = pattern.find(kCaptureMarker);
  if (first != std::string::npos && pattern.find(kCaptureMarker, first + 1) != std::string::npos) {
    yaml.error(node, "bad-pattern", fmt::format("'{}' marks two parts with (*)", pattern),
               "mark only the part that holds the value, e.g. \"marac-(*).xlsx\"");
  }
}

}  // namespace

Sourced sourced(const YAML::Node& node, std::string text) {
  const YAML::Mark mark = node.Mark();
  return {std::move(text), mark.line + 1, mark.column + 1};
}

std::vector<std::string> texts(core::YamlChecker& yaml, const YAML::Node& node,
                               std::string_view what) {
  std::vector<std::string> values;
  if (node.IsScalar()) {
    values.push_back(node.Scalar());
    return values;
  }
  if (!node.IsSequence()) {
    yaml.error(node, "wrong-type", fmt::format("{} must be a text or a list of texts", what));
    return values;
  }
  for (const auto& item : node) {
    if (auto text = yaml.scalar(item, what)) {
      values.push_back(*text);
    }
  }
  return values;
}

std::optional<bool> boolean(core::YamlChecker& yaml, const YAML::Node& map, std::string_view key) {
  const YAML::Node node = map[std::string(key)];
  if (!node) {
    return std::nullopt;
  }
  bool value = false;
  if (!node.IsScalar() || !YAML::convert<bool>::decode(node, value)) {
    yaml.error(node, "wrong-type", fmt::format("'{}' must be true or false", key));
    return std::nullopt;
  }
  return value;
}

ColumnRef column_ref(core::YamlChecker& yaml, const YAML::Node& node, std::string_view key) {
  ColumnRef column;
  if (node.IsScalar()) {
    column.header = sourced(node, node.Scalar());
  } else if (const std::string what = fmt::format("'{}'", key);
             key == "area_column"
                 ? yaml.check_keys(node, what,
                                   {"header", "aliases", "pattern", "lookup", "outside"})
                 : yaml.check_keys(node, what, {"header", "aliases"})) {
    if (const auto header = yaml.string(node, "header")) {
      column.header = sourced(node["header"], *header);
    }
    if (node["aliases"]) {
      column.aliases = texts(yaml, node["aliases"], "'aliases'");
    }
  }
  if (column.header.text.empty() && node.IsScalar()) {
    yaml.error(node, "empty-value", fmt::format("'{}' needs a column heading", key));
  }
  return column;
}

AreaValues area_values(core::YamlChecker& yaml, const YAML::Node& node) {
  AreaValues values;
  if (!node.IsMap()) {
    return values;  // a heading alone: names and codes
  }
  if (const YAML::Node pattern = node["pattern"]) {
    values.pattern = sourced(pattern, yaml.scalar(pattern, "'pattern'").value_or(""));
    check_pattern(yaml, pattern, values.pattern.text);
  }
  if (const YAML::Node lookup = node["lookup"]) {
    if (yaml.check_keys(lookup, "'lookup'", {"file", "from", "to"})) {
      AreaLookup read;
      if (const auto file = yaml.string(lookup, "file")) {
        read.file = sourced(lookup["file"], *file);
      }
      read.from = yaml.string(lookup, "from").value_or("");
      read.to = yaml.string(lookup, "to").value_or("");
      values.lookup = std::move(read);
    }
  }
  if (const YAML::Node outside = node["outside"]) {
    values.outside_line = outside.Mark().line + 1;
    if (outside.IsScalar() && outside.Scalar() == "unlisted") {
      values.outside_unlisted = true;
    } else {
      values.outside = texts(yaml, outside, "'outside'");
    }
  }
  return values;
}

DimensionSource dimension_source(core::YamlChecker& yaml, const YAML::Node& node,
                                 Dimension dimension) {
  DimensionSource source;
  const std::string key(dimension_name(dimension));
  if (node.IsScalar()) {
    source.kind = DimensionSource::Kind::constant;
    source.text = sourced(node, node.Scalar());
    if (dimension == Dimension::measure && !is_measure_id(source.text.text)) {
      yaml.error(node, "bad-measure-id", fmt::format("'{}' is not a measure id", source.text.text),
                 std::string(kMeasureIdHint));
    }
    if (dimension == Dimension::period) {
      // Checked now, so that a mistyped period is reported before any return is read.
      if (!parse_period_text(source.text.text)) {
        yaml.error(node, "bad-period", fmt::format("'{}' is not a period", source.text.text),
                   "write a month (Apr-25), a quarter (2025/26 Q2) or a financial year (2025/26)");
      }
    }
    return source;
  }
  if (!yaml.check_keys(node, fmt::format("'{}'", key),
                       {"cell", "pattern", "sheet_name", "file_name"})) {
    return source;
  }
  int kinds = 0;
  for (const auto& [name, kind] : {std::pair{"cell", DimensionSource::Kind::cell},
                                   std::pair{"sheet_name", DimensionSource::Kind::sheet_name},
                                   std::pair{"file_name", DimensionSource::Kind::file_name}}) {
    if (const YAML::Node value = node[name]) {
      ++kinds;
      source.kind = kind;
      if (const auto text = yaml.scalar(value, fmt::format("'{}'", name))) {
        source.text = sourced(value, *text);
      }
    }
  }
  if (kinds != 1) {
    yaml.error(node, "bad-source",
               fmt::format("'{}' must say where it comes from: one of cell, sheet_name or "
                           "file_name, or a constant",
                           key),
               fmt::format("e.g. {0}: {{cell: B2}}, {0}: {{file_name: \"marac-(*).xlsx\"}}", key));
    return source;
  }
  if (source.kind == DimensionSource::Kind::cell) {
    if (const auto cell = core::parse_a1(source.text.text)) {
      source.cell = *cell;
    } else {
      yaml.error(node["cell"], "bad-cell",
                 fmt::format("'{}' is not a cell address", source.text.text),
                 "write it as Excel does, such as B2");
    }
    if (const YAML::Node pattern = node["pattern"]) {
      source.pattern = yaml.scalar(pattern, "'pattern'").value_or("");
      check_pattern(yaml, pattern, source.pattern);
    }
  } else {
    if (node["pattern"]) {
      yaml.error(node["pattern"], "bad-source",
                 "'pattern' goes with 'cell'; for a name, write the pattern itself",
                 fmt::format("e.g. {}: {{file_name: \"marac-(*).xlsx\"}}", key));
    }
    source.pattern = source.text.text;
    check_pattern(yaml, node, source.pattern);
  }
  return source;
}

SheetSelector sheet_selector(core::YamlChecker& yaml, const YAML::Node& node) {
  SheetSelector sheet;
  if (node.IsScalar()) {
    sheet.by = SheetSelector::By::name;
    sheet.text = sourced(node, node.Scalar());
    return sheet;
  }
  if (!yaml.check_keys(node, "'sheet'", {"name", "pattern", "position"})) {
    return sheet;
  }
  if (node.size() != 1) {
    yaml.error(node, "bad-sheet", "'sheet' takes one of name, pattern or position",
               "e.g. sheet: {name: Districts}, sheet: {pattern: \"Q* data\"} or sheet: "
               "{position: 1}");
    return sheet;
  }
  if (node["position"]) {
    sheet.by = SheetSelector::By::position;
    sheet.text = sourced(node["position"], node["position"].Scalar());
    const auto position = yaml.integer(node, "position");
    if (position && *position < 1) {
      yaml.error(node["position"], "out-of-range", "'position' counts from 1, the first sheet");
    }
    sheet.position = position.value_or(1);
    return sheet;
  }
  const char* key = node["name"] ? "name" : "pattern";
  sheet.by = node["name"] ? SheetSelector::By::name : SheetSelector::By::pattern;
  if (const auto text = yaml.string(node, key)) {
    sheet.text = sourced(node[key], *text);
  }
  return sheet;
}

std::vector<LabelEntry> label_table(core::YamlChecker& yaml, const YAML::Node& node,
                                    std::string_view key, bool meanings_are_measures) {
  std::vector<LabelEntry> entries;
  if (!node.IsMap()) {
    yaml.error(node, "wrong-type",
               fmt::format("'{}' must be lines of 'label: {}'", key,
                           meanings_are_measures ? "measure id" : "area name"));
    return entries;
  }
  std::set<std::string> seen;
  for (const auto& entry : node) {
    const auto label = yaml.scalar(entry.first, "a label");
    const auto meaning =
        yaml.scalar(entry.second, fmt::format("the meaning of '{}'", label.value_or("?")));
    if (!label || !meaning) {
      continue;
    }
    if (!seen.insert(core::normalise_label(*label)).second) {
      yaml.error(entry.first, "duplicate-label",
                 fmt::format("'{}' is listed twice in '{}' (case, spacing and punctuation are "
                             "ignored)",
                             *label, key));
    }
    if (meanings_are_measures && !is_measure_id(*meaning)) {
      yaml.error(entry.second, "bad-measure-id", fmt::format("'{}' is not a measure id", *meaning),
                 std::string(kMeasureIdHint));
    }
    entries.push_back({*label, sourced(entry.second, *meaning)});
  }
  return entries;
}

ValueRules value_rules(core::YamlChecker& yaml, const YAML::Node& node) {
  ValueRules rules;
  if (!yaml.check_keys(node, "'values'", {"percent", "not_available", "text"})) {
    return rules;
  }
  rules.percent = boolean(yaml, node, "percent").value_or(false);
  if (const YAML::Node text = node["text"]) {
    for (const auto& measure : texts(yaml, text, "'text'")) {
      if (!is_measure_id(measure)) {
        yaml.error(text, "bad-measure-id", fmt::format("'{}' is not a measure id", measure),
                   std::string(kMeasureIdHint));
      }
      rules.text_measures.push_back(measure);
    }
  }
  const YAML::Node markers = node["not_available"];
  if (!markers) {
    return rules;
  }
  auto add = [&](const YAML::Node& at, const std::string& marker, std::string reason) {
    if (core::trim(marker).empty() || parse_number_text(marker)) {
      yaml.error(at, "bad-marker",
                 fmt::format("'{}' cannot mark a figure as not available", marker),
                 "a marker is text that is not a number, such as \"*\", \"-\" or \"n/a\"");
      return;
    }
    rules.not_available.emplace_back(std::string(core::trim(marker)), std::move(reason));
  };
  if (markers.IsMap()) {
    for (const auto& entry : markers) {
      const auto marker = yaml.scalar(entry.first, "a marker");
      const auto reason = yaml.scalar(entry.second, "a reason");
      if (marker && reason) {
        add(entry.first, *marker, *reason);
      }
    }
  } else {
    for (const auto& marker : texts(yaml, markers, "'not_available'")) {
      add(markers, marker, fmt::format("marked \"{}\" in the return", marker));
    }
  }
  return rules;
}

}  // namespace scdash::mapping::parse
