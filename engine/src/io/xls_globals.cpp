#include "io/xls_globals.hpp"

#include <map>

#include <fmt/format.h>

#include "io/little_endian.hpp"
#include "io/xls_diagnostics.hpp"

namespace scdash::io::detail {
namespace {

constexpr std::uint16_t kBiff8 = 0x0600;
constexpr std::uint16_t kBiff5 = 0x0500;
constexpr std::uint16_t kGlobalsSubstream = 0x0005;
// The kinds of sheet a BOUNDSHEET record lists.
constexpr std::uint8_t kWorksheet = 0;
constexpr std::uint8_t kMacroSheet = 1;
constexpr std::uint8_t kChartSheet = 2;

SheetVisibility visibility(std::uint8_t state) {
  switch (state & 0x03) {
    case 0:
      return SheetVisibility::visible;
    case 2:
      return SheetVisibility::very_hidden;
    default:
      return SheetVisibility::hidden;
  }
}

// The Excel version that wrote a BOF record of an older BIFF than 5, for the diagnostic.
std::string_view old_excel_version(std::uint16_t bof_type) {
  switch (bof_type) {
    case biff::kBofBiff2:
      return "Excel 2.x";
    case biff::kBofBiff3:
      return "Excel 3.0";
    default:
      return "Excel 4.0";
  }
}

class GlobalsReader {
 public:
  GlobalsReader(core::InputFile& stream, const std::string& display_name)
      : where_(core::Location::in_file(display_name)), records_(stream, 0, where_) {}

  core::Expected<XlsGlobals, core::Diagnostic> read() {
    if (auto version = read_bof(); !version) {
      return core::unexpected(version.error());
    }
    BiffStringReader strings(globals_.version, globals_.code_page);
    for (;;) {
      auto more = records_.next(record_);
      if (!more) {
        return core::unexpected(more.error());
      }
      if (!*more) {
        return core::unexpected(xls_corrupt(
            where_, "the workbook stream ends before the end (EOF record) of its globals"));
      }
      BiffCursor cursor(record_);
      switch (record_.type) {
        case biff::kEof:
          return finish(strings);
        case biff::kFilePass:
          return core::unexpected(core::Diagnostic::error(
              "xls-encrypted", "is an encrypted (password-protected) workbook", where_,
              "ask the partner to send the return without a password"));
        case biff::kCodePage:
          globals_.code_page = cursor.u16();
          strings = BiffStringReader(globals_.version, globals_.code_page);
          break;
        case biff::kDateMode:
          globals_.date1904 = cursor.u16() == 1;
          break;
        case biff::kFormat:
          read_format(cursor, strings);
          break;
        case biff::kXf:
          cursor.skip(2);  // the font
          xf_format_ids_.push_back(cursor.u16());
          break;
        case biff::kBoundSheet:
          read_sheet(cursor, strings);
          break;
        case biff::kSst:
          if (auto sst = read_shared_strings(); !sst) {
            return core::unexpected(sst.error());
          }
          break;
        default:
          break;
      }
      if (cursor.overrun()) {
        return core::unexpected(xls_corrupt(
            where_, fmt::format("record {:#06x} at byte {} of the workbook stream is too short "
                                "for what it should hold",
                                record_.type, record_.offset)));
      }
    }
  }

 private:
  core::Expected<void, core::Diagnostic> read_bof() {
    auto any = records_.next(record_);
    if (!any) {
      return core::unexpected(any.error());
    }
    if (*any && (record_.type == biff::kBofBiff2 || record_.type == biff::kBofBiff3 ||
                 record_.type == biff::kBofBiff4)) {
      return core::unexpected(unsupported(
          fmt::format("is an {} workbook, a format older than Excel 5.0 (1993) that scdash does "
                      "not read",
                      old_excel_version(record_.type))));
    }
    if (!*any || record_.type != biff::kBof || record_.data.size() < 4) {
      return core::unexpected(
          xls_corrupt(where_, "its workbook stream does not begin with a BOF record"));
    }
    const std::uint16_t version = u16_at(record_.data, 0);
    if (version != kBiff8 && version != kBiff5) {
      return core::unexpected(unsupported(fmt::format(
          "is an Excel workbook of a BIFF version ({:#06x}) that scdash does not read", version)));
    }
    if (u16_at(record_.data, 2) != kGlobalsSubstream) {
      return core::unexpected(
          xls_corrupt(where_, "its workbook stream does not begin with the workbook's globals"));
    }
    globals_.version = version == kBiff8 ? BiffVersion::biff8 : BiffVersion::biff5;
    return {};
  }

  core::Diagnostic unsupported(std::string message) const {
    return core::Diagnostic::error("xls-unsupported-version", std::move(message), where_,
                                   std::string(kXlsSaveAsXlsxHint));
  }

  void read_format(BiffCursor& cursor, BiffStringReader& strings) {
    const std::uint16_t id = cursor.u16();
    code_.clear();
    strings.read(cursor, globals_.version == BiffVersion::biff8 ? 2 : 1, code_);
    custom_formats_[id] = format_code_kind(code_);
  }

  void read_sheet(BiffCursor& cursor, BiffStringReader& strings) {
    XlsSheet sheet;
    sheet.stream_offset = cursor.u32();
    sheet.info.visibility = visibility(cursor.u8());
    const std::uint8_t type = cursor.u8();
    strings.read(cursor, 1, sheet.info.name);
    sheet.holds_cells = type != kChartSheet;
    if (type == kWorksheet || type == kMacroSheet || type == kChartSheet) {
      globals_.sheets.push_back(std::move(sheet));
    }
  }

  core::Expected<void, core::Diagnostic> read_shared_strings() {
    auto table = BiffSharedStrings::read(record_);
    if (!table) {
      return core::unexpected(xls_corrupt(where_, table.error()));
    }
    globals_.shared_strings = std::move(*table);
    return {};
  }

  // Resolved at the end, as a workbook may list a format after the cell formats using it.
  XlsGlobals finish(const BiffStringReader& strings) {
    globals_.cell_formats.reserve(xf_format_ids_.size());
    for (const std::uint16_t id : xf_format_ids_) {
      const auto custom = custom_formats_.find(id);
      globals_.cell_formats.push_back(custom != custom_formats_.end() ? custom->second
                                                                      : builtin_format_kind(id));
    }
    globals_.lost_characters = strings.lost_characters();
    return std::move(globals_);
  }

  core::Location where_;
  BiffRecordReader records_;
  BiffRecord record_;
  XlsGlobals globals_;
  std::map<std::uint16_t, FormatKind> custom_formats_;  // by format id
  std::vector<std::uint16_t> xf_format_ids_;            // the format id of each XF, in order
  std::string code_;
};

}  // namespace

core::Expected<XlsGlobals, core::Diagnostic> XlsGlobals::read(core::InputFile& stream,
                                                              const std::string& display_name) {
  return GlobalsReader(stream, display_name).read();
}

}  // namespace scdash::io::detail
