// Discovery: which mapping reads which file in a returns folder, and which of its sheets.
//
// Every file is either read by the mappings that claim it or reported, so that no return is
// ever left out of a dashboard without the analyst being told. A file's name picks the mappings
// that may read it; once the workbook is open, each sheet goes to the mappings whose 'sheet'
// selects it and whose fingerprint (text its layout shows near the top) it shows. So two
// partners' files named alike are told apart, and one workbook holding tables of different
// shapes, on sheets of their own or on one, is read by a mapping for each.
//
//   const auto assignments =
//       scdash::mapping::discover_returns(disk, "returns", mappings, diagnostics);
//   for (const auto& assignment : *assignments) {
//     const auto claims = scdash::mapping::claim_sheets(assignment, workbook, diagnostics);
//   }
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "scdash/core/diagnostic.hpp"
#include "scdash/core/file_system.hpp"
#include "scdash/core/period.hpp"
#include "scdash/io/workbook.hpp"
#include "scdash/mapping/glob.hpp"
#include "scdash/mapping/mapping.hpp"

namespace scdash::mapping {

struct Assignment {
  std::filesystem::path path;  // the return on disk
  std::string display_name;    // how messages name it: the returns folder's name and the file's
  // Every mapping whose 'files' match the name: claim_sheets shares the sheets out among them
  // once the workbook is open.
  std::vector<const Mapping*> candidates;
  // The quarter folder the return came from ("2025-26-Q2/"), or nullopt when it lies in the
  // returns folder itself. A later quarter's figure supersedes an earlier quarter's.
  std::optional<core::FinancialQuarter> drop = std::nullopt;
};

// The mappings whose 'files' patterns match `file_name`, in the order given.
std::vector<const Mapping*> mappings_for_file(std::string_view file_name,
                                              const std::vector<Mapping>& mappings);

// Pairs one return with the mappings that may read it. Nullopt, with a warning in
// `diagnostics`, when no mapping's 'files' match.
std::optional<Assignment> assign_return(const std::filesystem::path& path,
                                        const std::string& display_name,
                                        const std::vector<Mapping>& mappings,
                                        core::Diagnostics& diagnostics);

// Lists the returns folder and pairs each file with its mapping. The folder is either one
// quarter's drop of returns or an archive of drops: sub-folders named after a financial
// quarter ("2025-26-Q2") are read too, oldest quarter first, and each return remembers its
// quarter. Other sub-folders, lock files ("~$...") and hidden files are skipped with a note;
// unmatched files are reported in `diagnostics`, as are links leading out of
// the returns folder (return-outside-folder), which are not read. Fails when the folder cannot
// be listed.
core::Expected<std::vector<Assignment>, core::Diagnostic> discover_returns(
    core::FileSystem& file_system, const std::filesystem::path& returns_directory,
    const std::vector<Mapping>& mappings, core::Diagnostics& diagnostics);

// One mapping's part of a return: the sheets it reads.
struct Claim {
  const Mapping* mapping = nullptr;
  std::vector<std::size_t> sheets;  // indexes into the workbook's sheets(), in workbook order
};

// Which mapping reads which sheet of the opened workbook. A sole candidate reads the sheets its
// 'sheet' selects, and reports the problems of selecting them. Among several, each sheet goes
// to the candidates that select it and whose fingerprint the sheet shows, those with a
// fingerprint before those without; several may read one sheet, each a table of its own (cells
// two of them read are an error once read: see extract.hpp). Empty, with a diagnostic, when no
// candidate reads any sheet.
std::vector<Claim> claim_sheets(const Assignment& assignment, io::Workbook& workbook,
                                core::Diagnostics& diagnostics);

// The mapping files of `claims`, as messages name them: "a.yaml", "a.yaml and b.yaml".
std::string mapping_files(const std::vector<Claim>& claims);

}  // namespace scdash::mapping
