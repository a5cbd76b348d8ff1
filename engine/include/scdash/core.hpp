// The core module: the vocabulary every stage speaks.
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
