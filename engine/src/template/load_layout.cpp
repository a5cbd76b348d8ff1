#include <algorithm>
#include <charconv>
#include <regex>

#include <fmt/format.h>

#include "scdash/core/yaml_checker.hpp"
#include "scdash/template/layout.hpp"
#include "template/check_placeholders.hpp"

namespace scdash::templates {
namespace {

constexpr std::pair<std::string_view, DashboardColumn> kColumnNames[] = {
    {"outcome", DashboardColumn::outcome},
    {"overall_rag", DashboardColumn::overall_rag},
    {"indicator", DashboardColumn::indicator},
    {"previous", DashboardColumn::previous},
    {"current", DashboardColumn::current},
    {"change", DashboardColumn::change},
    {"direction", DashboardColumn::direction},
    {"progress_rag", DashboardColumn::progress_rag},
    {"trajectory", DashboardColumn::trajectory},
    {"nearest_neighbour", DashboardColumn::nearest_neighbour},
    {"county_comparison", DashboardColumn::county_comparison},
    {"regional_average", DashboardColumn::regional_average},
    {"national_average", DashboardColumn::national_average},
    {"count_change", DashboardColumn::count_change},
    {"target", DashboardColumn::target},
    {"gap", DashboardColumn::gap},
    {"classification", DashboardColumn::classification},
    {"districts", DashboardColumn::districts},
};

class LayoutReader {
 public:
  LayoutReader(core::YamlChecker& yaml, Layout& layout) : yaml_(yaml), layout_(layout) {}

  void read(const YAML::Node& root) {
    if (!yaml_.check_keys(root, "the layout",
                          {"paper", "font", "columns", "colours", "rag_labels", "subtitle",
                           "key_title", "key", "withheld_key", "significance_key", "notes_key",
                           "publication", "sparklines", "classification_colours"})) {
      return;
    }
    if (const auto paper = yaml_.choice<Paper>(
            root, "paper", {{"A4", Paper::a4}, {"A3", Paper::a3}}, layout_.paper)) {
      layout_.paper = *paper;
    }
    read_font(root["font"]);
    read_columns(root);
    read_colours(root["colours"]);
    read_classification_colours(root["classification_colours"]);
    read_rag_labels(root["rag_labels"]);
    read_text(root, "subtitle", layout_.subtitle);
    read_text(root, "key_title", layout_.key_title);
    read_text(root, "withheld_key", layout_.withheld_key);
    read_text(root, "significance_key", layout_.significance_key);
    read_text(root, "notes_key", layout_.notes_key);
    read_key(root);
    read_publication(root["publication"]);
    read_sparklines(root["sparklines"]);
  }

 private:
  void read_font(const YAML::Node& font) {
    if (!font || !yaml_.check_keys(font, "'font'", {"name", "size"})) {
      return;
    }
    layout_.font_name =
        yaml_.string_or(font, "name", layout_.font_name).value_or(layout_.font_name);
    if (font["size"]) {
      const auto size = yaml_.number(font, "size");
      if (size && (*size < 6 || *size > 72)) {
        yaml_.error(font["size"], "out-of-range", "the font size must be from 6 to 72 points");
      } else if (size) {
        layout_.font_size = *size;
      }
    }
  }

  void read_columns(const YAML::Node& root) {
    const auto listed = yaml_.sequence(root, "columns", false);
    if (!listed || listed->size() == 0) {
      return;
    }
    std::vector<ColumnLayout> defaults = Layout::default_columns();
    for (auto& optional : Layout::optional_columns()) {
      defaults.push_back(std::move(optional));
    }
    std::vector<ColumnLayout> columns;
    bool mistaken = false;  // a misspelt column is reported once, not again as missing
    for (const auto& node : *listed) {
      const YAML::Node name_node = node.IsMap() ? node["column"] : node;
      if (node.IsMap() &&
          !yaml_.check_keys(node, "a column", {"column", "heading", "width", "sets"})) {
        mistaken = true;
        continue;
      }
      const auto column = column_named(name_node.IsDefined() ? name_node : node);
      if (!column) {
        mistaken = true;
        continue;
      }
      if (std::any_of(columns.begin(), columns.end(),
                      [&](const ColumnLayout& c) { return c.column == *column; })) {
        yaml_.error(node, "duplicate-column", "this column is listed twice");
        continue;
      }
      ColumnLayout layout = *std::find_if(defaults.begin(), defaults.end(),
                                          [&](const auto& d) { return d.column == *column; });
      if (node.IsMap()) {
        read_sets(node, layout);
        if (node["heading"]) {
          read_text(node, "heading", layout.heading);
        }
        if (node["width"]) {
          const auto width = yaml_.number(node, "width");
          if (width && (*width <= 0 || *width > 255)) {
            yaml_.error(node["width"], "out-of-range", "a column width must be from 0 to 255");
          } else if (width) {
            layout.width = *width;
          }
        }
      }
      columns.push_back(std::move(layout));
    }
    if (mistaken) {
      return;
    }
    for (const auto needed : {DashboardColumn::indicator, DashboardColumn::current}) {
      if (std::none_of(columns.begin(), columns.end(),
                       [&](const ColumnLayout& c) { return c.column == needed; })) {
        yaml_.error(root["columns"], "missing-column",
                    fmt::format("the columns must include '{}'", name_of(needed)),
                    "every row needs its indicator's label and current figure");
        return;
      }
    }
    layout_.columns = std::move(columns);
  }

  // `sets: [BCUs]` on the districts column: which of the template's area sets it shows.
  void read_sets(const YAML::Node& node, ColumnLayout& layout) {
    if (!node["sets"]) {
      return;
    }
    if (layout.column != DashboardColumn::districts) {
      yaml_.error(node["sets"], "sets-not-for-column",
                  "'sets' chooses the area sets the 'districts' columns show",
                  "move it to the 'districts' column");
      return;
    }
    const auto listed = yaml_.sequence(node, "sets");
    if (!listed) {
      return;
    }
    for (const auto& set : *listed) {
      if (auto name = yaml_.scalar(set, "an area set's name")) {
        layout.sets.push_back(*name);
      }
    }
    if (listed->size() == 0) {
      yaml_.error(node["sets"], "sets-empty", "'sets' lists the area sets to show, and lists none",
                  "name one or more of dashboard.yaml's 'area_sets', or leave 'sets' out to "
                  "show them all");
    }
  }

  std::optional<DashboardColumn> column_named(const YAML::Node& node) {
    const auto name = yaml_.scalar(node, "a column");
    if (!name) {
      return std::nullopt;
    }
    for (const auto& [known, column] : kColumnNames) {
      if (*name == known) {
        return column;
      }
    }
    std::vector<std::string> names;
    for (const auto& [known, column] : kColumnNames) {
      names.emplace_back(known);
    }
    yaml_.error(
        node, "unknown-value",
        fmt::format("'{}' is not a column; the columns are {}", *name, fmt::join(names, ", ")));
    return std::nullopt;
  }

  static std::string_view name_of(DashboardColumn column) {
    for (const auto& [name, known] : kColumnNames) {
      if (known == column) {
        return name;
      }
    }
    return {};
  }

  void read_colours(const YAML::Node& node) {
    if (!node) {
      return;
    }
    Colours& c = layout_.colours;
    const std::pair<std::string_view, std::uint32_t*> fields[] = {
        {"title", &c.title},
        {"header_fill", &c.header_fill},
        {"header_text", &c.header_text},
        {"outcome_fill", &c.outcome_fill},
        {"border", &c.border},
        {"red", &c.red},
        {"amber", &c.amber},
        {"green", &c.green},
        {"grey", &c.grey},
        {"better", &c.better},
        {"similar", &c.similar},
        {"worse", &c.worse},
        {"lower", &c.lower},
        {"higher", &c.higher},
        {"arrow_better", &c.arrow_better},
        {"arrow_worse", &c.arrow_worse},
        {"arrow_no_judgement", &c.arrow_no_judgement},
    };
    if (!yaml_.check_keys(node, "'colours'",
                          {"title", "header_fill", "header_text", "outcome_fill", "border", "red",
                           "amber", "green", "grey", "better", "similar", "worse", "lower",
                           "higher", "arrow_better", "arrow_worse", "arrow_no_judgement"})) {
      return;
    }
    for (const auto& [key, field] : fields) {
      if (node[std::string(key)]) {
        read_colour(node, key, *field);
      }
    }
  }

  // `classification_colours: {High: "#C00000", Low: "#92D050"}`, in the order given.
  void read_classification_colours(const YAML::Node& node) {
    if (!node) {
      return;
    }
    if (!node.IsMap()) {
      yaml_.error(node, "wrong-type",
                  "'classification_colours' maps each classification to its fill colour",
                  "such as 'classification_colours: {High: \"#C00000\"}'");
      return;
    }
    for (const auto& entry : node) {
      const auto name = yaml_.scalar(entry.first, "a classification");
      if (!name) {
        continue;
      }
      ClassificationColour colour{*name, 0};
      if (read_colour(node, *name, colour.fill)) {
        layout_.classification_colours.push_back(std::move(colour));
      }
    }
  }

  // "#1F3864" or "1F3864".
  bool read_colour(const YAML::Node& map, std::string_view key, std::uint32_t& colour) {
    const auto text = yaml_.string(map, key);
    if (!text) {
      return false;
    }
    std::string_view hex = *text;
    if (hex.starts_with('#')) {
      hex.remove_prefix(1);
    }
    std::uint32_t value = 0;
    const auto [end, error] = std::from_chars(hex.data(), hex.data() + hex.size(), value, 16);
    if (hex.size() != 6 || error != std::errc{} || end != hex.data() + hex.size()) {
      yaml_.error(map[std::string(key)], "bad-colour", fmt::format("'{}' is not a colour", *text),
                  "write a colour as # and six hexadecimal digits, such as \"#C00000\" (quoted: "
                  "an unquoted # starts a comment)");
      return false;
    }
    colour = value;
    return true;
  }

  void read_sparklines(const YAML::Node& node) {
    if (!node ||
        !yaml_.check_keys(node, "'sparklines'", {"type", "markers", "colours", "grouping"})) {
      return;
    }
    SparklineStyle& style = layout_.sparklines;
    if (const auto type = yaml_.choice<SparklineType>(
            node, "type", {{"line", SparklineType::line}, {"column", SparklineType::column}},
            style.type)) {
      style.type = *type;
    }
    if (const auto grouping =
            yaml_.choice<SparklineGrouping>(node, "grouping",
                                            {{"single", SparklineGrouping::single},
                                             {"per_row", SparklineGrouping::per_row},
                                             {"shared", SparklineGrouping::shared}},
                                            style.grouping)) {
      style.grouping = *grouping;
    }
    read_markers(node["markers"]);
    const YAML::Node colours = node["colours"];
    if (colours &&
        yaml_.check_keys(colours, "the sparklines' 'colours'",
                         {"series", "better", "worse", "neutral", "first", "last", "negative"})) {
      SparklineColours& c = style.colours;
      for (const auto& [key, field] :
           {std::pair<std::string_view, std::uint32_t*>{"series", &c.series},
            {"better", &c.better},
            {"worse", &c.worse},
            {"neutral", &c.neutral},
            {"first", &c.first},
            {"last", &c.last},
            {"negative", &c.negative}}) {
        if (colours[std::string(key)]) {
          read_colour(colours, key, *field);
        }
      }
    }
  }

  void read_markers(const YAML::Node& node) {
    if (!node ||
        !yaml_.check_keys(node, "'markers'", {"high", "low", "first", "last", "negative"})) {
      return;
    }
    SparklineMarkers& m = layout_.sparklines.markers;
    for (const auto& [key, field] : {std::pair<std::string_view, bool*>{"high", &m.high},
                                     {"low", &m.low},
                                     {"first", &m.first},
                                     {"last", &m.last},
                                     {"negative", &m.negative}}) {
      if (const auto on = yaml_.choice<bool>(
              node, key, {{"on", true}, {"off", false}, {"true", true}, {"false", false}},
              *field)) {
        *field = *on;
      }
    }
  }

  void read_rag_labels(const YAML::Node& node) {
    if (!node || !yaml_.check_keys(node, "'rag_labels'", {"red", "amber", "green", "grey"})) {
      return;
    }
    RagLabels& labels = layout_.rag_labels;
    for (const auto& [key, field] : {std::pair<std::string_view, std::string*>{"red", &labels.red},
                                     {"amber", &labels.amber},
                                     {"green", &labels.green},
                                     {"grey", &labels.grey}}) {
      if (node[std::string(key)]) {
        read_text(node, key, *field);
      }
    }
    const std::vector<std::string> all = {labels.red, labels.amber, labels.green, labels.grey};
    for (std::size_t i = 0; i < all.size(); ++i) {
      if (all[i].empty() || std::find(all.begin(), all.begin() + static_cast<long>(i), all[i]) !=
                                all.begin() + static_cast<long>(i)) {
        yaml_.error(node, "bad-rag-labels",
                    "the RAG labels must be four different, non-empty texts",
                    "the RAG cells are coloured by their text, so each must be distinct");
        layout_.rag_labels = RagLabels{};
        return;
      }
    }
  }

  void read_key(const YAML::Node& root) {
    const auto lines = yaml_.sequence(root, "key", false);
    if (!lines || !root["key"]) {
      return;
    }
    std::vector<std::string> key;
    for (const auto& node : *lines) {
      if (const auto line = yaml_.scalar(node, "a line of the key")) {
        check_layout_placeholders(yaml_, node, *line);
        key.push_back(*line);
      }
    }
    layout_.key = std::move(key);
  }

  void read_publication(const YAML::Node& node) {
    if (!node || !yaml_.check_keys(node, "'publication'", {"author", "language", "contact"})) {
      return;
    }
    Publication& publication = layout_.publication;
    if (node["author"]) {
      publication.author = yaml_.string(node, "author").value_or(publication.author);
    }
    if (node["language"]) {
      if (const auto language = yaml_.string(node, "language")) {
        if (is_language_tag(*language)) {
          publication.language = *language;
        } else {
          yaml_.error(node["language"], "invalid-language",
                      fmt::format("'{}' is not a language tag", *language),
                      "write it as the document properties hold it, such as en-GB or cy");
        }
      }
    }
    if (const auto lines = yaml_.sequence(node, "contact", false); lines && node["contact"]) {
      publication.contact.clear();
      for (const auto& line : *lines) {
        if (const auto text = yaml_.scalar(line, "a line of the contact")) {
          publication.contact.push_back(*text);
        }
      }
    }
  }

  // A BCP 47 tag as documents use them: a language of two or three letters, then subtags of
  // letters and digits ("en-GB", "cy", "zh-Hant-TW").
  static bool is_language_tag(const std::string& text) {
    static const std::regex kTag("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    return std::regex_match(text, kTag);
  }

  void read_text(const YAML::Node& map, std::string_view key, std::string& field) {
    if (!map[std::string(key)]) {
      return;
    }
    if (const auto text = yaml_.string(map, key)) {
      check_layout_placeholders(yaml_, map[std::string(key)], *text);
      field = *text;
    }
  }

  core::YamlChecker& yaml_;
  Layout& layout_;
};

}  // namespace

Layout load_layout(core::FileSystem& file_system, const std::filesystem::path& directory,
                   core::Diagnostics& diagnostics) {
  Layout layout;
  const auto entries = file_system.list_directory(directory);
  if (!entries || std::none_of(entries->begin(), entries->end(),
                               [](const auto& entry) { return entry.name == "layout.yaml"; })) {
    return layout;  // the template folder itself is checked by load_catalogue
  }
  const std::filesystem::path path = directory / "layout.yaml";
  const auto text =
      core::read_configuration_file(file_system, path, "template", "the layout", diagnostics);
  if (!text) {
    return layout;
  }
  core::YamlChecker yaml(path.generic_string(), "template", diagnostics);
  if (const auto root = yaml.parse(*text); root && !root->IsNull()) {
    LayoutReader(yaml, layout).read(*root);
  }
  return layout;
}

}  // namespace scdash::templates
