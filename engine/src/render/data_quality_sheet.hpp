// The "Data quality" sheet: every problem the run found, so that an officer who sees "n/a" on
// the Dashboard can find out why without report.json.
#pragma once

#include <xlsxwriter.h>

#include "scdash/core/run_record.hpp"

namespace scdash::render {

// One row per diagnostic, errors first, then warnings, then notes: severity (coloured), code,
// place (file!sheet!cell or file:line:column), message and hint, under a filter.
void write_data_quality_sheet(lxw_workbook* workbook, const core::RunRecord& run);

}  // namespace scdash::render
