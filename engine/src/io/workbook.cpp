// Opening a workbook: the format is recognised by the file's first bytes, because partners
// rename files freely; the extension only decides between formats that share a signature.
#include "scdash/io/workbook.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include <fmt/format.h>

#include "io/csv_workbook.hpp"
#include "io/xls_workbook.hpp"
#include "io/xlsx_workbook.hpp"

namespace scdash::io {
namespace {

// Zip archives (every .xlsx) start with "PK"; OLE2 compound files with D0 CF 11 E0 A1 B1 1A E1.
constexpr std::string_view kZipSignature = "PK";
constexpr std::string_view kOle2Signature = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

constexpr std::string_view kSaveAsXlsx = "open it in Excel and save it as .xlsx";

std::string lower_extension(const std::filesystem::path& path) {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension;
}

bool is_ooxml_extension(std::string_view extension) {
  return extension == ".xlsx" || extension == ".xlsm" || extension == ".xltx" ||
         extension == ".xltm";
}

bool is_text_extension(std::string_view extension) {
  return extension == ".csv" || extension == ".tsv" || extension == ".txt";
}

core::Diagnostic unsupported(std::string code, std::string message, const std::string& file) {
  return core::Diagnostic::error(std::move(code), std::move(message), core::Location::in_file(file),
                                 std::string(kSaveAsXlsx));
}

// The diagnostic for a file that is neither a zip archive, nor an OLE2 file, nor named as text.
core::Diagnostic not_a_workbook(std::string_view extension, const std::string& file) {
  if (is_ooxml_extension(extension)) {
    return unsupported("xlsx-not-zip",
                       "is not a zip archive, so not an .xlsx workbook, whatever its name says",
                       file);
  }
  return unsupported("workbook-unknown-format",
                     "is not a workbook scdash can read (.xlsx, .xlsm, .xls or .csv)", file);
}

}  // namespace

core::Expected<std::vector<CellRange>, core::Diagnostic> Workbook::merged_ranges(
    std::size_t /*index*/) {
  return std::vector<CellRange>{};
}

core::Expected<std::unique_ptr<Workbook>, core::Diagnostic> open_workbook(
    core::FileSystem& file_system, const std::filesystem::path& path,
    const std::string& display_name) {
  auto file = file_system.open_for_reading(path);
  if (!file) {
    return core::unexpected(core::Diagnostic::error(
        "file-unreadable", fmt::format("cannot be opened: {}", file.error()),
        core::Location::in_file(display_name)));
  }
  std::array<char, kOle2Signature.size()> buffer{};
  auto got = (*file)->read_at(0, buffer);
  if (!got) {
    return core::unexpected(core::Diagnostic::error("file-unreadable",
                                                    fmt::format("cannot be read: {}", got.error()),
                                                    core::Location::in_file(display_name)));
  }
  const std::string_view head(buffer.data(), *got);
  const std::string extension = lower_extension(path);
  if (head.starts_with(kZipSignature)) {
    return detail::open_xlsx(std::move(*file), display_name);
  }
  if (head.starts_with(kOle2Signature)) {
    // Excel writes both legacy .xls workbooks and password-encrypted .xlsx files as OLE2
    // compound files; the streams inside tell them apart, whatever the name says.
    return detail::open_compound_workbook(std::move(*file), display_name);
  }
  if (extension == ".xls") {
    // Some systems export a web page or an XML spreadsheet under an .xls name; Excel opens
    // those with a warning, but they are no workbook.
    if (head.starts_with('<') || head.starts_with("\xEF\xBB\xBF<")) {
      return core::unexpected(
          unsupported("xls-not-a-workbook",
                      "is a web page or XML file, not an Excel workbook, whatever its name says",
                      display_name));
    }
    return detail::open_bare_xls(std::move(*file), display_name);
  }
  if (is_text_extension(extension)) {
    return detail::open_csv(std::move(*file), display_name, path.stem().string());
  }
  return core::unexpected(not_a_workbook(extension, display_name));
}

void Workbook::set_sheet_notes(std::size_t index, SheetNotes notes) {
  if (index >= sheet_notes_.size()) {
    sheet_notes_.resize(index + 1);
    formulas_without_values_.resize(index + 1);
  }
  sheet_notes_[index] = std::move(notes.diagnostics);
  // Merged, not replaced: a reading that stops early (a table's stop row, a title's first
  // rows) must not hide the cells an earlier, longer reading found.
  auto& cells = formulas_without_values_[index];
  cells.insert(cells.end(), notes.formulas_without_values.begin(),
               notes.formulas_without_values.end());
  std::sort(cells.begin(), cells.end());
  cells.erase(std::unique(cells.begin(), cells.end()), cells.end());
  notes_joined_ = false;
}

const std::vector<core::CellRef>& Workbook::formulas_without_values(std::size_t index) const {
  static const std::vector<core::CellRef> kNone;
  return index < formulas_without_values_.size() ? formulas_without_values_[index] : kNone;
}

void Workbook::add_workbook_note(core::Diagnostic note) {
  workbook_notes_.push_back(std::move(note));
  notes_joined_ = false;
}

const core::Diagnostics& Workbook::notes() const {
  if (!notes_joined_) {
    notes_ = workbook_notes_;
    for (const auto& sheet : sheet_notes_) {
      notes_.insert(notes_.end(), sheet.begin(), sheet.end());
    }
    notes_joined_ = true;
  }
  return notes_;
}

}  // namespace scdash::io
