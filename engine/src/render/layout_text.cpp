#include "render/layout_text.hpp"

#include <algorithm>
#include <functional>

#include <fmt/format.h>

namespace scdash::render {
namespace {

using Expansion = std::function<std::string(const kpi::DashboardModel&, const Layout&)>;

struct Placeholder {
  std::string_view name;
  std::string_view meaning;
  Expansion expand;
};

std::string district_list(const kpi::DashboardModel& model) {
  std::vector<std::string> districts;
  for (const auto& district : model.districts) {
    districts.push_back(district.label + " " + district.name);
  }
  return fmt::format("{}", fmt::join(districts, ", "));
}

const std::vector<Placeholder>& placeholders() {
  static const std::vector<Placeholder> all = {
      {"title", "the template's title",
       [](const kpi::DashboardModel& m, const Layout&) { return m.title; }},
      {"quarter", "the reported quarter: 2025/26 Q2",
       [](const kpi::DashboardModel& m, const Layout&) { return m.quarter.label(); }},
      {"area", "the headline area: Leicestershire",
       [](const kpi::DashboardModel& m, const Layout&) { return m.headline_area_name; }},
      {"current", "the current period: 12 months to Sep 2025",
       [](const kpi::DashboardModel& m, const Layout&) { return m.current_period.label(); }},
      {"previous", "the previous period: 12 months to Sep 2024",
       [](const kpi::DashboardModel& m, const Layout&) { return m.previous_period.label(); }},
      {"data_to", "the last month of data: Sep 2025",
       [](const kpi::DashboardModel& m, const Layout&) {
         return m.current_period.last.short_label();
       }},
      {"districts", "the district columns: B Blaby, C Charnwood, ...",
       [](const kpi::DashboardModel& m, const Layout&) { return district_list(m); }},
      {"red", "the red RAG label",
       [](const kpi::DashboardModel&, const Layout& l) { return l.rag_labels.red; }},
      {"amber", "the amber RAG label",
       [](const kpi::DashboardModel&, const Layout& l) { return l.rag_labels.amber; }},
      {"green", "the green RAG label",
       [](const kpi::DashboardModel&, const Layout& l) { return l.rag_labels.green; }},
      {"grey", "the grey (not judged) RAG label",
       [](const kpi::DashboardModel&, const Layout& l) { return l.rag_labels.grey; }},
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
  scan(
      text, [](std::string_view) {},
      [&](std::string_view name) {
        if (find_placeholder(name) == nullptr) {
          unknown.emplace_back(name);
        }
      });
  return unknown;
}

std::string expand_placeholders(std::string_view text, const kpi::DashboardModel& model,
                                const Layout& layout) {
  std::string expanded;
  scan(
      text, [&](std::string_view plain) { expanded += plain; },
      [&](std::string_view name) {
        if (const Placeholder* placeholder = find_placeholder(name)) {
          expanded += placeholder->expand(model, layout);
        } else {  // load_layout reports unknown names; an unchecked text keeps them as written
          expanded += fmt::format("{{{}}}", name);
        }
      });
  return expanded;
}

}  // namespace scdash::render
