#include "scdash/core/yaml_checker.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include <fmt/format.h>

#include "scdash/core/text.hpp"

namespace scdash::core {

std::optional<std::string> read_configuration_file(FileSystem& file_system,
                                                   const std::filesystem::path& path,
                                                   std::string_view code_prefix,
                                                   std::string_view what,
                                                   Diagnostics& diagnostics) {
  auto text = read_whole_file(file_system, path);
  if (!text) {
    diagnostics.push_back(Diagnostic::error(fmt::format("{}-unreadable", code_prefix),
                                            fmt::format("cannot read {}: {}", what, text.error()),
                                            Location::in_file(path.generic_string())));
    return std::nullopt;
  }
  return std::move(*text);
}

std::optional<YAML::Node> YamlChecker::parse(const std::string& text) {
  try {
    std::vector<YAML::Node> documents = YAML::LoadAll(text);
    // A second document ("---" and more settings: a second mapping, say) would be ignored
    // without a word; empty ones (a "---" closing the file) say nothing to ignore.
    std::erase_if(documents, [](const YAML::Node& document) { return document.IsNull(); });
    if (documents.size() > 1) {
      diagnostics_.push_back(Diagnostic::error(
          prefix_ + "-several-documents",
          fmt::format("holds {} YAML documents, separated by '---', and only one is read from a "
                      "file",
                      documents.size()),
          location(documents[1]), "put each document in a file of its own"));
      return std::nullopt;
    }
    return documents.empty() ? YAML::Node() : documents.front();
  } catch (const YAML::Exception& failure) {
    diagnostics_.push_back(Diagnostic::error(
        prefix_ + "-yaml-syntax", failure.msg,
        Location::at_text(file_, failure.mark.line + 1, failure.mark.column + 1),
        "check the indentation and that every 'key: value' has a space after the colon"));
    return std::nullopt;
  }
}

Location YamlChecker::location(const YAML::Node& node) const {
  const YAML::Mark mark = node.Mark();
  if (mark.is_null()) {
    return Location::in_file(file_);
  }
  return Location::at_text(file_, mark.line + 1, mark.column + 1);
}

void YamlChecker::error(const YAML::Node& at, std::string_view code, std::string message,
                        std::string hint) {
  diagnostics_.push_back(Diagnostic::error(fmt::format("{}-{}", prefix_, code), std::move(message),
                                           location(at), std::move(hint)));
}

bool YamlChecker::check_keys(const YAML::Node& node, std::string_view what,
                             std::initializer_list<std::string_view> allowed) {
  return check_keys(node, what, std::vector<std::string>(allowed.begin(), allowed.end()));
}

bool YamlChecker::check_keys(const YAML::Node& node, std::string_view what,
                             const std::vector<std::string>& known) {
  if (!node.IsMap()) {
    error(node, "wrong-type", fmt::format("{} must be a set of 'key: value' lines", what));
    return false;
  }
  for (const auto& entry : node) {
    const std::string key = entry.first.IsScalar() ? entry.first.Scalar() : std::string("?");
    if (std::find(known.begin(), known.end(), key) != known.end()) {
      continue;
    }
    const std::string suggestion = closest_match(key, known);
    error(entry.first, "unknown-key",
          suggestion.empty()
              ? fmt::format("unknown key '{}' in {}", key, what)
              : fmt::format("unknown key '{}' in {}; did you mean '{}'?", key, what, suggestion),
          fmt::format("{} accepts: {}", what, fmt::join(known, ", ")));
  }
  return true;
}

void YamlChecker::report_unknown_choice(const YAML::Node& at, std::string_view key,
                                        const std::string& text,
                                        const std::vector<std::string>& names) {
  const std::string suggestion = closest_match(text, names);
  error(at, "unknown-value",
        suggestion.empty()
            ? fmt::format("'{}' cannot be '{}'", key, text)
            : fmt::format("'{}' cannot be '{}'; did you mean '{}'?", key, text, suggestion),
        fmt::format("'{}' is one of: {}", key, fmt::join(names, ", ")));
}

std::optional<YAML::Node> YamlChecker::require(const YAML::Node& map, std::string_view key) {
  const YAML::Node node = map[std::string(key)];
  if (!node) {
    error(map, "missing-key", fmt::format("'{}' is required here", key));
    return std::nullopt;
  }
  return node;
}

std::optional<std::string> YamlChecker::scalar(const YAML::Node& node, std::string_view what) {
  if (!node.IsScalar()) {
    error(node, "wrong-type", fmt::format("{} must be a single value", what));
    return std::nullopt;
  }
  return node.Scalar();
}

std::optional<std::string> YamlChecker::string(const YAML::Node& map, std::string_view key) {
  const auto node = require(map, key);
  if (!node) {
    return std::nullopt;
  }
  return scalar(*node, fmt::format("'{}'", key));
}

std::optional<std::string> YamlChecker::string_or(const YAML::Node& map, std::string_view key,
                                                  std::string fallback) {
  if (!map[std::string(key)]) {
    return fallback;
  }
  return string(map, key);
}

std::optional<double> YamlChecker::number(const YAML::Node& map, std::string_view key) {
  const auto text = string(map, key);
  if (!text) {
    return std::nullopt;
  }
  try {
    std::size_t used = 0;
    const double value = std::stod(*text, &used);
    if (used == text->size() && std::isfinite(value)) {
      return value;
    }
  } catch (const std::logic_error&) {
    // Falls through to the report below: stod throws for text that is not a number.
  }
  error(map[std::string(key)], "not-a-number",
        fmt::format("'{}' must be a number, found '{}'", key, *text));
  return std::nullopt;
}

std::optional<int> YamlChecker::integer(const YAML::Node& map, std::string_view key) {
  const auto value = number(map, key);
  if (!value) {
    return std::nullopt;
  }
  if (*value != std::floor(*value) || std::abs(*value) > 1e9) {
    error(map[std::string(key)], "not-an-integer",
          fmt::format("'{}' must be a whole number, found {}", key, *value));
    return std::nullopt;
  }
  return static_cast<int>(*value);
}

std::optional<YAML::Node> YamlChecker::sequence(const YAML::Node& map, std::string_view key,
                                                bool required) {
  const YAML::Node node = map[std::string(key)];
  if (!node) {
    if (required) {
      error(map, "missing-key", fmt::format("'{}' is required here", key));
      return std::nullopt;
    }
    return YAML::Node(YAML::NodeType::Sequence);
  }
  if (!node.IsSequence()) {
    error(node, "wrong-type", fmt::format("'{}' must be a list (lines starting with '- ')", key));
    return std::nullopt;
  }
  return node;
}

}  // namespace scdash::core
