// Choosing the sheets a mapping reads: by name, by glob or by position among the visible
// sheets. Hidden sheets are never read; one the mapping would have read is noted.
#pragma once

#include <string>
#include <vector>

#include "scdash/core/diagnostic.hpp"
#include "scdash/io/workbook.hpp"
#include "scdash/mapping/mapping.hpp"

namespace scdash::mapping {

// The indexes (into workbook.sheets()) of the sheets to read, in workbook order. None, with an
// error in `diagnostics` naming the sheets there are, when nothing fits.
std::vector<std::size_t> select_sheets(const Mapping& mapping, const io::Workbook& workbook,
                                       const std::string& display_name,
                                       core::Diagnostics& diagnostics);

}  // namespace scdash::mapping
