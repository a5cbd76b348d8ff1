// ObservationIndex: monthly figures by measure and area, ready to be summed over windows.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "scdash/core/area.hpp"
#include "scdash/core/observation.hpp"

namespace scdash::kpi {

struct WindowSum {
  std::optional<double> total;  // empty when some month is missing or contradictory
  std::string reason;           // why total is empty
  std::vector<core::SourceRef> sources;
};

class ObservationIndex {
 public:
  ObservationIndex(const std::vector<core::Observation>& observations,
                   const core::AreaDirectory& areas);

  // The total of `measure` in `area_code` over every month of `period`. An area with no
  // figures of its own (a county, when a return lists only districts) is the sum of its
  // districts. Never a shorter window: one missing month makes the total unavailable.
  WindowSum sum(std::string_view measure, std::string_view area_code, core::Period period) const;

 private:
  using Key = std::tuple<std::string, std::string, core::Month>;  // measure, area, month

  bool has_own_figures(std::string_view measure, std::string_view area_code) const;
  WindowSum sum_own(std::string_view measure, std::string_view area_code,
                    core::Period period) const;

  const core::AreaDirectory& areas_;
  std::map<Key, std::vector<const core::Observation*>> by_month_;
};

}  // namespace scdash::kpi
