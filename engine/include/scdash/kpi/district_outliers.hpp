// district-outlier: a data-quality check on the computed figures, so it runs after computing
// (docs/validation.md lists it with the checks that run before).
//
//   const auto model = scdash::kpi::compute_dashboard(inputs, quarter, diagnostics);
//   const auto outliers = scdash::kpi::find_district_outliers(model, catalogue.validation);
#pragma once

#include "scdash/core/diagnostic.hpp"
#include "scdash/kpi/model.hpp"
#include "scdash/template/validation_settings.hpp"

namespace scdash::kpi {

// A district whose figure (a rate, percentage or ratio) lies more than `outlier_iqr_factor`
// interquartile ranges outside the other districts' quartiles; warnings only.
core::Diagnostics find_district_outliers(const DashboardModel& model,
                                         const templates::ValidationSettings& settings);

}  // namespace scdash::kpi
