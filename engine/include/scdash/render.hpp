// The render module: write the dashboard workbook and report.json from the dashboard model.
#pragma once

#include "scdash/core/run_record.hpp"
#include "scdash/render/dashboard_workbook.hpp"
#include "scdash/render/figure_note.hpp"
#include "scdash/render/report_json.hpp"
