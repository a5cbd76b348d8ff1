// Reading an .xls file through freexl, and turning its cells into scdash's typed cells.
#include "io/xls_workbook.hpp"

#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <freexl.h>

#include "io/date_serial.hpp"

namespace scdash::io::detail {
namespace {

constexpr std::string_view kSaveAsXlsx = "open the file in Excel and save it as .xlsx";
constexpr unsigned int kMaxXlsRows = 65'536;
constexpr unsigned int kMaxXlsColumns = 256;

struct HandleCloser {
  void operator()(const void* handle) const { freexl_close(handle); }
};
using Handle = std::unique_ptr<const void, HandleCloser>;

// What a freexl failure means to the analyst.
std::string_view open_failure_reason(int code) {
  switch (code) {
    case FREEXL_FILE_NOT_FOUND:
      return "the file could not be opened";
    case FREEXL_INSUFFICIENT_MEMORY:
      return "it declares more cells than memory can hold";
    case FREEXL_INVALID_CFBF_HEADER:
    case FREEXL_CFBF_READ_ERROR:
    case FREEXL_CFBF_SEEK_ERROR:
    case FREEXL_CFBF_INVALID_SIGNATURE:
    case FREEXL_CFBF_INVALID_SECTOR_SIZE:
    case FREEXL_CFBF_EMPTY_FAT_CHAIN:
    case FREEXL_CFBF_ILLEGAL_FAT_ENTRY:
    case FREEXL_INVALID_MINI_STREAM:
    case FREEXL_CFBF_ILLEGAL_MINI_FAT_ENTRY:
      return "its container (OLE2 compound file) is damaged or truncated";
    case FREEXL_BIFF_WORKBOOK_NOT_FOUND:
      return "it holds no workbook stream (it may be another Office document)";
    case FREEXL_BIFF_INVALID_BOF:
      return "its workbook stream is not in a BIFF version scdash can read";
    case FREEXL_UNSUPPORTED_CHARSET:
    case FREEXL_INVALID_CHARACTER:
      return "its text is in a character set that cannot be converted";
    default:
      return "its workbook stream is damaged or malformed";
  }
}

// The 1900-system serial of freexl's text for a date ("2025-09-30"), a date-time
// ("2025-09-30 13:45:00") or a time ("13:45:00").
std::optional<double> freexl_date_serial(std::string_view text) {
  // freexl counts Excel's phantom 29 February 1900, which no calendar function accepts.
  constexpr std::string_view kPhantom = "1900-02-29";
  constexpr double kPhantomSerial = 60;
  std::string iso(text);
  if (iso.size() > 10 && iso[10] == ' ') {
    iso[10] = 'T';
  }
  if (!iso.starts_with(kPhantom)) {
    return iso_8601_serial(iso);
  }
  if (iso.size() == kPhantom.size()) {
    return kPhantomSerial;
  }
  const auto time =
      iso.size() > 11 ? iso_8601_serial(std::string_view(iso).substr(11)) : std::nullopt;
  return time ? std::optional<double>(kPhantomSerial + *time) : std::nullopt;
}

class XlsWorkbook final : public Workbook {
 public:
  XlsWorkbook(Handle handle, std::string display_name, std::vector<SheetInfo> sheets)
      : handle_(std::move(handle)),
        display_name_(std::move(display_name)),
        sheets_(std::move(sheets)) {
    add_workbook_note(core::Diagnostic::warning(
        "xls-partial-reading",
        "is an Excel 97-2003 (.xls) workbook, of which scdash reads less than of an .xlsx: "
        "formula cells are skipped, TRUE, FALSE and error values such as #N/A read as numbers, "
        "and hidden sheets and merged cells are not recognised",
        core::Location::in_file(display_name_),
        "ask the partner to send the return as .xlsx (File > Save As > Excel Workbook)"));
  }

  const std::vector<SheetInfo>& sheets() const override { return sheets_; }

  core::Expected<void, core::Diagnostic> read_sheet(std::size_t index,
                                                    const RowHandler& on_row) override {
    if (index >= sheets_.size()) {
      return core::unexpected(core::Diagnostic::error(
          "workbook-no-such-sheet",
          fmt::format("the workbook has no sheet number {}; it has {}", index + 1, sheets_.size()),
          core::Location::in_file(display_name_)));
    }
    const std::string& sheet = sheets_[index].name;
    unsigned int rows = 0;
    unsigned short columns = 0;
    if (freexl_select_active_worksheet(handle_.get(), static_cast<unsigned short>(index)) !=
            FREEXL_OK ||
        freexl_worksheet_dimensions(handle_.get(), &rows, &columns) != FREEXL_OK) {
      return core::unexpected(core::Diagnostic::error(
          "xls-unreadable", "the sheet's cells could not be read",
          core::Location::in_sheet(display_name_, sheet), std::string(kSaveAsXlsx)));
    }
    // An .xls sheet has at most 65,536 rows and 256 columns; freexl takes the counts from the
    // file, and a hostile one could declare billions of rows to walk through.
    if (rows > kMaxXlsRows || columns > kMaxXlsColumns) {
      return core::unexpected(core::Diagnostic::error(
          "xls-too-large",
          fmt::format("the sheet declares {} rows and {} columns, beyond the {} by {} an .xls "
                      "sheet can have",
                      rows, columns, kMaxXlsRows, kMaxXlsColumns),
          core::Location::in_sheet(display_name_, sheet), std::string(kSaveAsXlsx)));
    }
    Row row;
    for (unsigned int r = 0; r < rows; ++r) {
      row.index = r;
      row.cells.clear();
      for (unsigned short c = 0; c < columns; ++c) {
        FreeXL_CellValue value;
        const core::CellRef ref{r, c};
        if (freexl_get_cell_value(handle_.get(), r, c, &value) != FREEXL_OK) {
          return core::unexpected(bad_cell(sheet, ref, "the cell could not be read"));
        }
        auto added = add_cell(value, ref, row);
        if (!added) {
          return core::unexpected(bad_cell(sheet, ref, added.error()));
        }
      }
      if (!row.cells.empty() && !on_row(row)) {
        break;
      }
    }
    return {};
  }

 private:
  core::Diagnostic bad_cell(const std::string& sheet, core::CellRef ref,
                            std::string message) const {
    return core::Diagnostic::error("xls-bad-value", std::move(message),
                                   core::Location::at_cell(display_name_, sheet, ref),
                                   std::string(kSaveAsXlsx));
  }

  // Appends the cell freexl gave, if it holds anything; fails with a message for a date freexl
  // wrote in a form it never writes.
  static core::Expected<void, std::string> add_cell(const FreeXL_CellValue& value,
                                                    core::CellRef ref, Row& row) {
    switch (value.type) {
      case FREEXL_CELL_INT:
        row.cells.push_back(
            {ref, CellType::number, static_cast<double>(value.value.int_value), {}});
        return {};
      case FREEXL_CELL_DOUBLE:
        row.cells.push_back({ref, CellType::number, value.value.double_value, {}});
        return {};
      case FREEXL_CELL_TEXT:
      case FREEXL_CELL_SST_TEXT:
        if (value.value.text_value != nullptr && *value.value.text_value != '\0') {
          row.cells.push_back({ref, CellType::string, 0, value.value.text_value});
        }
        return {};
      case FREEXL_CELL_DATE:
      case FREEXL_CELL_DATETIME:
      case FREEXL_CELL_TIME: {
        const std::string_view text =
            value.value.text_value != nullptr ? value.value.text_value : "";
        const auto serial = freexl_date_serial(text);
        if (!serial) {
          return core::unexpected(fmt::format("the date or time '{}' is not a valid one", text));
        }
        row.cells.push_back({ref, CellType::date, *serial, {}});
        return {};
      }
      default:
        return {};  // FREEXL_CELL_NULL: nothing there
    }
  }

  Handle handle_;
  std::string display_name_;
  std::vector<SheetInfo> sheets_;
};

}  // namespace

core::Expected<std::unique_ptr<Workbook>, core::Diagnostic> open_xls(
    const std::filesystem::path& path, const std::string& display_name) {
  const auto where = core::Location::in_file(display_name);
  const void* raw = nullptr;
  // freexl can report success yet give no handle when a record stops its parsing, so both count.
  const int opened = freexl_open(path.string().c_str(), &raw);
  Handle handle(raw);
  if (opened != FREEXL_OK || handle == nullptr) {
    return core::unexpected(core::Diagnostic::error(
        "xls-unreadable",
        fmt::format("is an Excel 97-2003 (.xls) workbook that cannot be read: {}",
                    open_failure_reason(opened)),
        where, std::string(kSaveAsXlsx)));
  }
  unsigned int protection = 0;
  if (freexl_get_info(handle.get(), FREEXL_BIFF_PASSWORD, &protection) == FREEXL_OK &&
      protection == FREEXL_BIFF_OBFUSCATED) {
    return core::unexpected(
        core::Diagnostic::error("xls-encrypted", "is an encrypted (password-protected) workbook",
                                where, "ask the partner to send the return without a password"));
  }
  unsigned int count = 0;
  if (freexl_get_info(handle.get(), FREEXL_BIFF_SHEET_COUNT, &count) != FREEXL_OK) {
    return core::unexpected(core::Diagnostic::error(
        "xls-unreadable", "is an Excel 97-2003 (.xls) workbook whose sheets cannot be listed",
        where, std::string(kSaveAsXlsx)));
  }
  std::vector<SheetInfo> sheets;
  for (unsigned int i = 0; i < count; ++i) {
    const char* name = nullptr;
    if (freexl_get_worksheet_name(handle.get(), static_cast<unsigned short>(i), &name) !=
            FREEXL_OK ||
        name == nullptr) {
      return core::unexpected(core::Diagnostic::error(
          "xls-unreadable",
          fmt::format("is an Excel 97-2003 (.xls) workbook whose sheet number {} has no name",
                      i + 1),
          where, std::string(kSaveAsXlsx)));
    }
    sheets.push_back({name, SheetVisibility::visible});
  }
  return std::unique_ptr<Workbook>(
      std::make_unique<XlsWorkbook>(std::move(handle), display_name, std::move(sheets)));
}

}  // namespace scdash::io::detail
