// The kpi module: compute the dashboard's figures from observations.
#pragma once

#include "scdash/kpi/compute.hpp"
#include "scdash/kpi/district_outliers.hpp"
#include "scdash/kpi/model.hpp"
