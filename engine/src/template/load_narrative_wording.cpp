#include <algorithm>

#include <fmt/format.h>

#include "scdash/core/yaml_checker.hpp"
#include "scdash/template/narrative_wording.hpp"
#include "scdash/template/placeholders.hpp"
#include "template/check_placeholders.hpp"

namespace scdash::templates {
namespace {

constexpr std::string_view kFileName = "narrative.yaml";

std::string braced(const std::vector<std::string_view>& names) {
  std::vector<std::string> listed;
  for (const auto name : names) {
    listed.push_back(fmt::format("{{{}}}", name));
  }
  return fmt::format("{}", fmt::join(listed, ", "));
}

class WordingReader {
 public:
  WordingReader(core::YamlChecker& yaml, NarrativeWording& wording)
      : yaml_(yaml), wording_(wording) {}

  void read(const YAML::Node& root) {
    if (!yaml_.check_keys(root, "the narrative", {"report", "small_numbers_below", "statements"})) {
      return;
    }
    read_report(root["report"]);
    if (root["small_numbers_below"]) {
      const auto below = yaml_.number(root, "small_numbers_below");
      if (below && *below < 0) {
        yaml_.error(root["small_numbers_below"], "out-of-range",
                    "small_numbers_below is a count of events: 0 or more");
      } else if (below) {
        wording_.small_numbers_below = *below;
      }
    }
    read_statements(root["statements"]);
  }

 private:
  void read_report(const YAML::Node& report) {
    if (!report ||
        !yaml_.check_keys(report, "'report'",
                          {"board", "date", "title", "headings", "introduction", "key_points",
                           "recommendations", "contact", "appendices", "language"})) {
      return;
    }
    ReportFrame& frame = wording_.report;
    read_text(report, "board", frame.board);
    read_text(report, "date", frame.date);
    read_text(report, "title", frame.title);
    read_text(report, "key_points", frame.key_points);
    read_text(report, "language", frame.language);
    read_lines(report, "introduction", frame.introduction);
    read_lines(report, "recommendations", frame.recommendations);
    read_lines(report, "contact", frame.contact);
    read_lines(report, "appendices", frame.appendices);
    const YAML::Node headings = report["headings"];
    if (headings && yaml_.check_keys(headings, "'headings'",
                                     {"introduction", "not_available", "recommendations", "contact",
                                      "appendices"})) {
      ReportHeadings& named = frame.headings;
      read_text(headings, "introduction", named.introduction);
      read_text(headings, "not_available", named.not_available);
      read_text(headings, "recommendations", named.recommendations);
      read_text(headings, "contact", named.contact);
      read_text(headings, "appendices", named.appendices);
    }
  }

  void read_statements(const YAML::Node& statements) {
    if (!statements || !statements.IsMap()) {
      if (statements) {
        yaml_.error(statements, "wrong-type",
                    "'statements' is a mapping from each kind of statement to its pattern");
      }
      return;
    }
    for (const auto& entry : statements) {
      const auto key = entry.first.as<std::string>();
      const auto& kinds = statement_kinds();
      const auto kind =
          std::find_if(kinds.begin(), kinds.end(),
                       [&](const StatementKindInfo& info) { return info.key == key; });
      if (kind == kinds.end()) {
        std::vector<std::string_view> keys;
        for (const auto& info : kinds) {
          keys.push_back(info.key);
        }
        yaml_.error(entry.first, "unknown-key",
                    fmt::format("'{}' is not a kind of statement; they are {}", key,
                                fmt::join(keys, ", ")));
        continue;
      }
      const auto pattern = yaml_.scalar(entry.second, fmt::format("the '{}' pattern", key));
      if (!pattern || !known_names(entry.second, *pattern, *kind)) {
        continue;
      }
      wording_.patterns[static_cast<std::size_t>(kind->kind)] = *pattern;
    }
  }

  bool known_names(const YAML::Node& node, const std::string& pattern,
                   const StatementKindInfo& kind) {
    bool known = true;
    for (const auto& name : placeholder_names(pattern)) {
      if (std::find(kind.names.begin(), kind.names.end(), name) == kind.names.end()) {
        yaml_.error(node, "unknown-placeholder",
                    fmt::format("'{{{}}}' is not a placeholder of '{}'; its placeholders are {}",
                                name, kind.key, braced(kind.names)));
        known = false;
      }
    }
    return known;
  }

  void read_text(const YAML::Node& map, std::string_view key, std::string& field) {
    if (!map[std::string(key)]) {
      return;
    }
    if (const auto text = yaml_.string(map, key);
        text && check_layout_placeholders(yaml_, map[std::string(key)], *text)) {
      field = *text;
    }
  }

  void read_lines(const YAML::Node& map, std::string_view key, std::vector<std::string>& field) {
    const auto lines = yaml_.sequence(map, key, false);
    if (!lines || !map[std::string(key)]) {
      return;
    }
    std::vector<std::string> read;
    for (const auto& node : *lines) {
      if (const auto line = yaml_.scalar(node, fmt::format("a line of '{}'", key));
          line && check_layout_placeholders(yaml_, node, *line)) {
        read.push_back(*line);
      }
    }
    field = std::move(read);
  }

  core::YamlChecker& yaml_;
  NarrativeWording& wording_;
};

}  // namespace

NarrativeWording load_narrative_wording(core::FileSystem& file_system,
                                        const std::filesystem::path& directory,
                                        core::Diagnostics& diagnostics) {
  NarrativeWording wording;
  const auto entries = file_system.list_directory(directory);
  if (!entries || std::none_of(entries->begin(), entries->end(),
                               [](const auto& entry) { return entry.name == kFileName; })) {
    return wording;  // the template folder itself is checked by load_catalogue
  }
  const std::filesystem::path path = directory / kFileName;
  const auto text =
      core::read_configuration_file(file_system, path, "template", "the narrative", diagnostics);
  if (!text) {
    return wording;
  }
  core::YamlChecker yaml(path.generic_string(), "template", diagnostics);
  if (const auto root = yaml.parse(*text); root && !root->IsNull()) {
    WordingReader(yaml, wording).read(*root);
  }
  return wording;
}

}  // namespace scdash::templates
