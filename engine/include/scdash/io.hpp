// The io module: read partner returns (.xlsx, .xlsm, .xls, .csv) into typed cells.
#pragma once

#include "scdash/io/cell.hpp"
#include "scdash/io/cell_text.hpp"
#include "scdash/io/sheet_survey.hpp"
#include "scdash/io/workbook.hpp"
