// A small computed dashboard model for the render tests: one indicator, two districts.
#pragma once

#include "scdash/kpi/model.hpp"

namespace scdash::testing {

struct RenderFixture {
  RenderFixture();
  templates::Catalogue catalogue;  // the model points into it
  kpi::DashboardModel model;
};

}  // namespace scdash::testing
