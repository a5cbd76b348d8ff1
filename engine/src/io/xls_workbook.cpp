#include "io/xls_workbook.hpp"

#include <array>
#include <optional>

#include <fmt/format.h>

#include "io/compound_file.hpp"
#include "io/little_endian.hpp"
#include "io/scanned_workbook.hpp"
#include "io/xls_diagnostics.hpp"
#include "io/xls_globals.hpp"
#include "io/xls_sheet_reader.hpp"

namespace scdash::io::detail {
namespace {

class XlsWorkbook final : public ScannedWorkbook {
 public:
  // `container` is empty for a bare BIFF file, whose `stream` is the file itself.
  XlsWorkbook(std::optional<CompoundFile> container, std::unique_ptr<core::InputFile> stream,
              XlsGlobals globals, std::string display_name)
      : container_(std::move(container)),
        stream_(std::move(stream)),
        globals_(std::move(globals)),
        display_name_(std::move(display_name)) {
    for (const auto& sheet : globals_.sheets) {
      sheets_.push_back(sheet.info);
    }
    if (globals_.lost_characters) {
      add_workbook_note(
          lost_characters_note(core::Location::in_file(display_name_), globals_.code_page));
    }
  }

  const std::vector<SheetInfo>& sheets() const override { return sheets_; }

 protected:
  core::Expected<bool, core::Diagnostic> scan_sheet(std::size_t index, const RowHandler* on_row,
                                                    std::vector<CellRange>* merged,
                                                    SheetNotes* notes) override {
    if (auto known = check_index(index); !known) {
      return core::unexpected(known.error());
    }
    return read_xls_sheet(*stream_, globals_, globals_.sheets[index], where(index), on_row, merged,
                          notes);
  }

 private:
  core::Expected<void, core::Diagnostic> check_index(std::size_t index) const {
    if (index >= sheets_.size()) {
      return core::unexpected(core::Diagnostic::error(
          "workbook-no-such-sheet",
          fmt::format("the workbook has no sheet number {}; it has {}", index + 1, sheets_.size()),
          core::Location::in_file(display_name_)));
    }
    return {};
  }

  core::Location where(std::size_t index) const {
    return core::Location::in_sheet(display_name_, sheets_[index].name);
  }

  std::optional<CompoundFile> container_;  // declared first: stream_ reads through it
  std::unique_ptr<core::InputFile> stream_;
  XlsGlobals globals_;
  std::string display_name_;
  std::vector<SheetInfo> sheets_;
};

core::Diagnostic not_a_workbook(std::string message, const std::string& display_name) {
  return core::Diagnostic::error("xls-not-a-workbook", std::move(message),
                                 core::Location::in_file(display_name),
                                 std::string(kXlsSaveAsXlsxHint));
}

core::Expected<std::unique_ptr<Workbook>, core::Diagnostic> open_stream(
    std::optional<CompoundFile> container, std::unique_ptr<core::InputFile> stream,
    const std::string& display_name) {
  auto globals = XlsGlobals::read(*stream, display_name);
  if (!globals) {
    return core::unexpected(globals.error());
  }
  return std::unique_ptr<Workbook>(std::make_unique<XlsWorkbook>(
      std::move(container), std::move(stream), std::move(*globals), display_name));
}

}  // namespace

core::Expected<std::unique_ptr<Workbook>, core::Diagnostic> open_compound_workbook(
    std::unique_ptr<core::InputFile> file, const std::string& display_name) {
  auto container = CompoundFile::open(std::move(file), display_name);
  if (!container) {
    return core::unexpected(container.error());
  }
  if (container->has_stream("EncryptedPackage")) {
    return core::unexpected(core::Diagnostic::error(
        "xlsx-encrypted", "is an encrypted (password-protected) workbook",
        core::Location::in_file(display_name),
        "ask the partner to remove the password (File > Info > Protect Workbook) and send it "
        "again"));
  }
  // Excel 97-2003 name the stream "Workbook"; Excel 5.0 and 95 named it "Book".
  const std::string_view name = container->has_stream("Workbook") ? "Workbook" : "Book";
  if (!container->has_stream(name)) {
    return core::unexpected(not_a_workbook(
        "is an OLE2 compound file but holds no workbook: it is another kind of document (Word's, "
        "perhaps), whatever its name says",
        display_name));
  }
  auto stream = container->open_stream(name);
  if (!stream) {
    return core::unexpected(stream.error());
  }
  return open_stream(std::move(*container), std::move(*stream), display_name);
}

core::Expected<std::unique_ptr<Workbook>, core::Diagnostic> open_bare_xls(
    std::unique_ptr<core::InputFile> file, const std::string& display_name) {
  std::array<char, 2> head{};
  auto got = file->read_at(0, head);
  if (!got) {
    return core::unexpected(xls_read_failed(core::Location::in_file(display_name), got.error()));
  }
  const std::uint16_t type = *got == head.size() ? u16_at({head.data(), head.size()}, 0) : 0;
  if (type != biff::kBof && type != biff::kBofBiff2 && type != biff::kBofBiff3 &&
      type != biff::kBofBiff4) {
    return core::unexpected(
        not_a_workbook("is not an Excel workbook, whatever its name says", display_name));
  }
  return open_stream(std::nullopt, std::move(file), display_name);
}

}  // namespace scdash::io::detail
