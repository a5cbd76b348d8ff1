// Drafting a mapping: a starting mapping file guessed from a return's layout, for the analyst
// to finish (`scdash init-mapping`).
//
// The draft recognises a header row, area columns and headings by the reference data, month
// headings and dates by the period reader, and chooses the shape they suggest: wide (areas or
// months across), long, records, or a form of figures beside their labels. What it cannot
// know, such as the measure ids, it writes as TODO, which the loader refuses, so that an
// unfinished draft is never used by mistake.
//
//   const auto yaml = scdash::mapping::draft_mapping(*workbook, "asb-2025-09.xlsx", "", areas);
//   if (yaml) { std::cout << *yaml; }  // a mapping with TODO where the layout cannot say
#pragma once

#include <string>

#include "scdash/core/area.hpp"
#include "scdash/core/diagnostic.hpp"
#include "scdash/core/expected.hpp"
#include "scdash/io/workbook.hpp"

namespace scdash::mapping {

// The draft as YAML text. `sheet` names the sheet to read (empty: the first visible one);
// `display_name` names the file in the draft's comments and in a failure.
core::Expected<std::string, core::Diagnostic> draft_mapping(io::Workbook& workbook,
                                                            const std::string& display_name,
                                                            const std::string& sheet,
                                                            const core::AreaDirectory& areas);

}  // namespace scdash::mapping
