// What the layout's placeholders ({quarter}, {area}, ...) stand for on one dashboard: the
// Dashboard sheet's texts and the board report's frame are filled from the same values.
#pragma once

#include "render/marks.hpp"
#include "scdash/kpi/model.hpp"
#include "scdash/template/layout.hpp"
#include "scdash/template/placeholders.hpp"

namespace scdash::render {

templates::PlaceholderValues placeholder_values(const kpi::DashboardModel& model,
                                                const templates::Layout& layout,
                                                const Marks& marks = {});

}  // namespace scdash::render
