// The core module: the vocabulary every stage speaks.
//
//   const scdash::core::Period year = scdash::core::Period::rolling_12_months(
//       scdash::core::Month::of(2025, 9));   // "12 months to Sep 2025"
#pragma once

#include "scdash/core/area.hpp"
#include "scdash/core/calendar.hpp"
#include "scdash/core/cell_ref.hpp"
#include "scdash/core/diagnostic.hpp"
#include "scdash/core/expected.hpp"
#include "scdash/core/file_system.hpp"
#include "scdash/core/observation.hpp"
#include "scdash/core/period.hpp"
#include "scdash/core/population.hpp"
#include "scdash/core/sha256.hpp"
#include "scdash/core/text.hpp"
