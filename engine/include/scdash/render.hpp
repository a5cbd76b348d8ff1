// The render module: write the dashboard workbook and report.json from the dashboard model.
//
//   const auto workbook = scdash::render::render_dashboard_workbook(model, record, layout, {});
//   const std::string report = scdash::render::render_report_json(model, record, observations);
#pragma once

#include "scdash/core/run_record.hpp"
#include "scdash/render/board_report.hpp"
#include "scdash/render/dashboard_workbook.hpp"
#include "scdash/render/narrative.hpp"
#include "scdash/render/report_json.hpp"
