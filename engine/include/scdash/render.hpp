// The render module: write the dashboard workbook and report.json from the dashboard model.
#pragma once

#include "scdash/render/dashboard_workbook.hpp"
#include "scdash/render/figure_note.hpp"
#include "scdash/render/report_json.hpp"
#include "scdash/render/run_record.hpp"
