// The placeholders of the layout's texts ({current}, {area}, ...), and their expansion.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "scdash/kpi/model.hpp"
#include "scdash/render/layout.hpp"

namespace scdash::render {

// The names between braces in `text` that are not placeholders, in order of appearance.
std::vector<std::string> unknown_placeholders(std::string_view text);

// `text` with each placeholder replaced by what it stands for in this dashboard.
std::string expand_placeholders(std::string_view text, const kpi::DashboardModel& model,
                                const Layout& layout);

}  // namespace scdash::render
