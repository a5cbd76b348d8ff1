// The mapping module: turn each return's cells into observations through its mapping file.
//
//   auto mappings = scdash::mapping::load_mappings(disk, "mappings", diagnostics);
//   const auto read = scdash::mapping::extract(mappings[0], *workbook, "returns/marac.xlsx",
//   areas);
#pragma once

#include "scdash/mapping/discover.hpp"
#include "scdash/mapping/draft.hpp"
#include "scdash/mapping/extract.hpp"
#include "scdash/mapping/glob.hpp"
#include "scdash/mapping/load.hpp"
#include "scdash/mapping/mapping.hpp"
#include "scdash/mapping/supersede.hpp"
#include "scdash/mapping/value_text.hpp"
