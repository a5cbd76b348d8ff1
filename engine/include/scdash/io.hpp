// The io module: read partner returns (.xlsx today) into typed cells.
#pragma once

#include "scdash/io/cell.hpp"
#include "scdash/io/workbook.hpp"
