// What the draft says of one indicator: a statement for each rule that licenses one, in the
// order a board report makes them (direction, the RAG rule, comparators, districts, caveats).
#pragma once

#include "scdash/kpi/model.hpp"
#include "scdash/render/narrative.hpp"
#include "scdash/template/narrative_wording.hpp"

namespace scdash::render {

class PointWriter {
 public:
  PointWriter(const kpi::DashboardModel& model, const templates::NarrativeWording& wording)
      : model_(model), wording_(wording) {}

  // The indicator's statements; for a figure that is not available, that statement alone.
  IndicatorPoint point(const kpi::IndicatorResult& result) const;

 private:
  class Point;

  const kpi::DashboardModel& model_;
  const templates::NarrativeWording& wording_;
};

}  // namespace scdash::render
