#include "scdash/template/placeholders.hpp"

#include <algorithm>
#include <functional>

#include <fmt/format.h>

namespace scdash::templates {
namespace {

struct Placeholder {
  std::string_view name;
  std::string_view meaning;
  std::string PlaceholderValues::*value;
};

const std::vector<Placeholder>& placeholders() {
  static const std::vector<Placeholder> all = {
      {"title", "the template's title", &PlaceholderValues::title},
      {"quarter", "the reported quarter: 2025/26 Q2", &PlaceholderValues::quarter},
      {"area", "the headline area: Leicestershire", &PlaceholderValues::area},
      {"current", "the current period: 12 months to Sep 2025", &PlaceholderValues::current},
      {"previous", "the previous period: 12 months to Sep 2024", &PlaceholderValues::previous},
      {"data_to", "the last month of data: Sep 2025", &PlaceholderValues::data_to},
      {"districts", "the district columns: B Blaby, C Charnwood, ...",
       &PlaceholderValues::districts},
      {"red", "the red RAG label", &PlaceholderValues::red},
      {"amber", "the amber RAG label", &PlaceholderValues::amber},
      {"green", "the green RAG label", &PlaceholderValues::green},
      {"grey", "the grey (not judged) RAG label", &PlaceholderValues::grey},
      {"not_available", "the mark of a figure not available: n/a, or [x] in a published copy",
       &PlaceholderValues::not_available},
      {"not_applicable", "the mark of a figure that does not apply: \u2013, or [z] published",
       &PlaceholderValues::not_applicable},
  };
  return all;
}

const Placeholder* find_placeholder(std::string_view name) {
  const auto& all = placeholders();
  const auto found =
      std::find_if(all.begin(), all.end(), [&](const Placeholder& p) { return p.name == name; });
  return found == all.end() ? nullptr : &*found;
}

// Calls `on_text` for each run of plain text and `on_name` for each "{name}" in `text`; an
// opening brace without a closing one is plain text.
void scan(std::string_view text, const std::function<void(std::string_view)>& on_text,
          const std::function<void(std::string_view)>& on_name) {
  while (!text.empty()) {
    const auto open = text.find('{');
    const auto close = open == std::string_view::npos ? open : text.find('}', open);
    if (close == std::string_view::npos) {
      on_text(text);
      return;
    }
    on_text(text.substr(0, open));
    on_name(text.substr(open + 1, close - open - 1));
    text.remove_prefix(close + 1);
  }
}

}  // namespace

const std::vector<std::pair<std::string_view, std::string_view>>& layout_placeholders() {
  static const auto listed = [] {
    std::vector<std::pair<std::string_view, std::string_view>> names;
    for (const auto& placeholder : placeholders()) {
      names.emplace_back(placeholder.name, placeholder.meaning);
    }
    return names;
  }();
  return listed;
}

std::vector<std::string> unknown_placeholders(std::string_view text) {
  std::vector<std::string> unknown;
  for (auto& name : placeholder_names(text)) {
    if (find_placeholder(name) == nullptr) {
      unknown.push_back(std::move(name));
    }
  }
  return unknown;
}

std::string expand_placeholders(std::string_view text, const PlaceholderValues& values) {
  NamedValues named;
  for (const auto& placeholder : placeholders()) {
    named.emplace_back(placeholder.name, values.*placeholder.value);
  }
  return expand_named(text, named);
}

std::vector<std::string> placeholder_names(std::string_view text) {
  std::vector<std::string> names;
  scan(
      text, [](std::string_view) {}, [&](std::string_view name) { names.emplace_back(name); });
  return names;
}

std::string expand_named(std::string_view text, const NamedValues& values) {
  std::string expanded;
  scan(
      text, [&](std::string_view plain) { expanded += plain; },
      [&](std::string_view name) {
        const auto found = std::find_if(values.begin(), values.end(),
                                        [&](const auto& value) { return value.first == name; });
        if (found != values.end()) {
          expanded += found->second;
        } else {
          expanded += fmt::format("{{{}}}", name);
        }
      });
  return expanded;
}

}  // namespace scdash::templates
