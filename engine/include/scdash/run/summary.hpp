// The figures a job's summary gives: files in the folder and what became of them, cells of the
// mapped regions and what became of them, figures read and rejected, errors and warnings.
//
//   const Summary summary = scdash::run::summarise(result);
//   if (summary.files_unaccounted > 0) { ... a bug: say so ... }
#pragma once

#include <cstddef>

#include "scdash/core/cell_account.hpp"
#include "scdash/core/json_writer.hpp"
#include "scdash/run/job.hpp"

namespace scdash::run {

struct Summary {
  std::size_t files = 0;  // in the returns folder
  std::size_t files_read = 0;
  std::size_t files_reported = 0;
  std::size_t files_unaccounted = 0;
  core::CellAccount cells;
  std::size_t figures = 0;
  std::size_t rejected = 0;
  std::size_t errors = 0;
  std::size_t warnings = 0;
};

Summary summarise(const RunResult& result);

// {"files": {"in_folder", "read", "reported", "unaccounted"}, "cells": {...}, "figures",
// "rejected", "errors", "warnings"}: as 'scdash run --json' and the page's engine give it.
void write_summary(core::JsonWriter& json, const Summary& summary);

// The members "title", "quarter" and "summary" of a job's result as JSON, each null when the
// dashboard was not computed.
void write_overview(core::JsonWriter& json, const RunResult& result);

}  // namespace scdash::run
