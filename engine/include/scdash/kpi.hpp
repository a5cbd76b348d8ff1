// The kpi module: compute the dashboard's figures from observations.
//
//   const auto model = scdash::kpi::compute_dashboard(
//       {catalogue, observations, reference.areas, reference.populations}, quarter, diagnostics);
#pragma once

#include "scdash/kpi/compute.hpp"
#include "scdash/kpi/district_outliers.hpp"
#include "scdash/kpi/model.hpp"
