// RunRecord: what a run read and found, for the workbook's notes and report.json.
//
//   scdash::core::RunRecord record;
//   record.files.push_back({"returns/marac.xlsx", "mappings/marac.yaml", 16, cells});
//   record.folder.balances();
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "scdash/core/cell_account.hpp"
#include "scdash/core/diagnostic.hpp"

namespace scdash::core {

// A return that was read.
struct SourceFile {
  std::string name;     // as diagnostics name it
  std::string mapping;  // the mapping file(s) that read it: "a.yaml", or "a.yaml and b.yaml"
  std::size_t observations = 0;
  CellAccount cells_in_region;  // what became of each non-empty cell it maps
  std::string sha256 = {};      // of its bytes; empty when it could not be read again
};

// The configuration a run read: mappings, the dashboard template, reference data (the order in
// which report.json and the Sources sheet list them).
enum class InputKind { mapping, dashboard_template, reference };

std::string_view input_kind_name(InputKind kind);  // "mapping", "template", "reference"

struct ConfigurationFile {
  InputKind kind = InputKind::mapping;
  std::string name;  // its path, as diagnostics name it
  std::string sha256;
};

// Every file in the returns folder was read or reported; `unaccounted` must be zero.
struct FolderAccount {
  std::size_t files = 0;
  std::size_t read = 0;
  std::size_t reported = 0;  // skipped, unmatched or unreadable, with a diagnostic that says so
  std::size_t unaccounted = 0;

  bool balances() const { return unaccounted == 0 && files == read + reported; }
};

struct RunRecord {
  std::vector<SourceFile> files;
  std::vector<ConfigurationFile> configuration;
  FolderAccount folder;
  Diagnostics diagnostics;

  // The cells of every return read, together.
  CellAccount cells() const {
    CellAccount total;
    for (const auto& file : files) {
      total += file.cells_in_region;
    }
    return total;
  }
};

}  // namespace scdash::core
