// The run module: the whole job as one call, and the dry run of one return, behind every front
// end (the command line, the page, the Excel add-in, the Windows program).
//
//   const auto disk = scdash::platform::make_disk_file_system();
//   scdash::run::RunRequest request;
//   request.configuration = {"mappings", "workbook-templates/safer-communities"};
//   request.returns = "examples/returns";
//   request.outputs = scdash::run::OutputPaths{"dashboard.xlsx", "report.json"};
//   scdash::run::Progress quiet;
//   auto result = scdash::run::run(*disk, request, quiet);
//   if (result.stop == scdash::run::Stop::none && !scdash::run::write_outputs(*disk, result)) {
//     ... nothing was written: say why ...
//   }
#pragma once

#include "scdash/run/check_return.hpp"
#include "scdash/run/configuration.hpp"
#include "scdash/run/job.hpp"
#include "scdash/run/progress.hpp"
#include "scdash/run/project.hpp"
#include "scdash/run/summary.hpp"
