// The io module: read partner returns (.xlsx, .xlsm, .xls, .csv) into typed cells.
//
//   auto workbook = scdash::io::open_workbook(disk, "returns/marac.xlsx", "returns/marac.xlsx");
//   (*workbook)->read_sheet(0, [](const scdash::io::Row& row) { return true; });
#pragma once

#include "scdash/io/cell.hpp"
#include "scdash/io/cell_text.hpp"
#include "scdash/io/sheet_survey.hpp"
#include "scdash/io/workbook.hpp"
