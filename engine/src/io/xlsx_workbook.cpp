#include "io/xlsx_workbook.hpp"

#include <optional>
#include <utility>

#include <fmt/format.h>

#include "io/relationships.hpp"
#include "io/scanned_workbook.hpp"
#include "io/shared_strings.hpp"
#include "io/sheet_reader.hpp"
#include "io/styles.hpp"
#include "io/workbook_part.hpp"
#include "io/zip_archive.hpp"

namespace scdash::io::detail {
namespace {

// The parts that every sheet's reading shares, found once at opening.
struct PackageLayout {
  std::string workbook_part;
  std::vector<std::string> sheet_parts;  // empty where a sheet's relationship is missing
  std::string shared_strings_part;       // empty when the workbook has none
  std::string styles_part;               // empty when the workbook has none
};

// Opens a part and reads it with `read`, passing on a failure of either step.
template <class Read>
auto read_part(ZipArchive& archive, std::string_view part_name, Read&& read)
    -> decltype(read(std::declval<ZipPartReader&>())) {
  auto part = archive.open_part(part_name, core::Location::in_file(archive.display_name()));
  if (!part) {
    return core::unexpected(part.error());
  }
  return read(*part);
}

core::Expected<Relationships, core::Diagnostic> read_relationships(ZipArchive& archive,
                                                                   std::string_view source_part) {
  return read_part(archive, relationships_part_for(source_part),
                   [&](ZipPartReader& part) { return Relationships::read(part, source_part); });
}

// The related part of a kind; failing that, where Excel puts it, if the archive has it there
// (some writers forget the relationship but not the part).
std::string related_part(const Relationships& relationships, std::string_view kind,
                         const ZipArchive& archive, std::string_view usual_name) {
  if (const Relationship* found = relationships.find_kind(kind)) {
    return found->target;
  }
  return archive.contains(usual_name) ? std::string(usual_name) : std::string();
}

// The workbook part the package relationships name; failing that, where Excel puts it.
core::Expected<std::string, core::Diagnostic> find_workbook_part(ZipArchive& archive) {
  std::string workbook_part = "xl/workbook.xml";
  if (archive.contains(relationships_part_for(""))) {
    auto package = read_relationships(archive, "");
    if (!package) {
      return core::unexpected(package.error());
    }
    if (const Relationship* office = package->find_kind("officeDocument")) {
      workbook_part = office->target;
    }
  }
  const auto where = core::Location::in_file(archive.display_name());
  if (!archive.contains(workbook_part)) {
    return core::unexpected(core::Diagnostic::error(
        "xlsx-missing-part",
        fmt::format("is a zip archive but not an Excel workbook: it has no workbook part ({})",
                    workbook_part),
        where, std::string(kResaveHint)));
  }
  if (workbook_part.ends_with(".bin")) {
    return core::unexpected(core::Diagnostic::error(
        "xlsb-not-supported", "is an Excel binary workbook (.xlsb), which scdash cannot read",
        where, std::string(kResaveHint)));
  }
  return workbook_part;
}

class XlsxWorkbook final : public ScannedWorkbook {
 public:
  XlsxWorkbook(ZipArchive archive, WorkbookPart workbook, PackageLayout layout)
      : archive_(std::move(archive)), workbook_(std::move(workbook)), layout_(std::move(layout)) {
    for (const auto& sheet : workbook_.sheets) {
      sheets_.push_back(sheet.info);
    }
  }

  const std::vector<SheetInfo>& sheets() const override { return sheets_; }

 protected:
  core::Expected<bool, core::Diagnostic> scan_sheet(std::size_t index, const RowHandler* on_row,
                                                    std::vector<CellRange>* merged,
                                                    SheetNotes* notes) override {
    // Without a row handler cells are not decoded, so the shared parts need not be loaded.
    if (on_row != nullptr) {
      if (auto loaded = load_shared_parts(); !loaded) {
        return core::unexpected(loaded.error());
      }
    }
    auto part = open_sheet(index);
    if (!part) {
      return core::unexpected(part.error());
    }
    return read_sheet_part(*part, context(), on_row, merged, notes);
  }

 private:
  core::Expected<void, core::Diagnostic> load_shared_parts() {
    if (shared_parts_loaded_) {
      return {};
    }
    if (!layout_.shared_strings_part.empty()) {
      auto strings = read_part(archive_, layout_.shared_strings_part, [&](ZipPartReader& part) {
        return SharedStrings::read(part, archive_.limits());
      });
      if (!strings) {
        return core::unexpected(strings.error());
      }
      shared_strings_ = std::move(*strings);
    }
    if (!layout_.styles_part.empty()) {
      auto formats = read_part(archive_, layout_.styles_part, &CellFormats::read);
      if (!formats) {
        return core::unexpected(formats.error());
      }
      cell_formats_ = std::move(*formats);
    }
    shared_parts_loaded_ = true;
    return {};
  }

  SheetContext context() const { return {shared_strings_, cell_formats_, workbook_.date1904}; }

  core::Expected<ZipPartReader, core::Diagnostic> open_sheet(std::size_t index) {
    if (index >= sheets_.size()) {
      return core::unexpected(core::Diagnostic::error(
          "workbook-no-such-sheet",
          fmt::format("the workbook has no sheet number {}; it has {}", index + 1, sheets_.size()),
          core::Location::in_file(archive_.display_name())));
    }
    auto where = core::Location::in_sheet(archive_.display_name(), sheets_[index].name);
    if (layout_.sheet_parts[index].empty()) {
      return core::unexpected(
          core::Diagnostic::error("xlsx-missing-part",
                                  fmt::format("the sheet's relationship '{}' is missing from {}",
                                              workbook_.sheets[index].relationship_id,
                                              relationships_part_for(layout_.workbook_part)),
                                  std::move(where), std::string(kResaveHint)));
    }
    return archive_.open_part(layout_.sheet_parts[index], std::move(where));
  }

  ZipArchive archive_;
  WorkbookPart workbook_;
  PackageLayout layout_;
  std::vector<SheetInfo> sheets_;
  bool shared_parts_loaded_ = false;
  SharedStrings shared_strings_;  // empty, and cell_formats_ all General, until loaded
  CellFormats cell_formats_;
};

}  // namespace

core::Expected<std::unique_ptr<Workbook>, core::Diagnostic> open_xlsx(
    std::unique_ptr<core::InputFile> file, const std::string& display_name,
    const XlsxLimits& limits) {
  auto archive = ZipArchive::open(std::move(file), display_name, limits);
  if (!archive) {
    return core::unexpected(archive.error());
  }
  PackageLayout layout;
  auto workbook_part = find_workbook_part(*archive);
  if (!workbook_part) {
    return core::unexpected(workbook_part.error());
  }
  layout.workbook_part = std::move(*workbook_part);
  auto relationships = read_relationships(*archive, layout.workbook_part);
  if (!relationships) {
    return core::unexpected(relationships.error());
  }
  auto workbook = read_part(*archive, layout.workbook_part, &WorkbookPart::read);
  if (!workbook) {
    return core::unexpected(workbook.error());
  }
  for (const auto& sheet : workbook->sheets) {
    const Relationship* found = relationships->find_id(sheet.relationship_id);
    layout.sheet_parts.push_back(found != nullptr ? found->target : std::string());
  }
  layout.shared_strings_part =
      related_part(*relationships, "sharedStrings", *archive, "xl/sharedStrings.xml");
  layout.styles_part = related_part(*relationships, "styles", *archive, "xl/styles.xml");
  return std::unique_ptr<Workbook>(
      std::make_unique<XlsxWorkbook>(std::move(*archive), std::move(*workbook), std::move(layout)));
}

}  // namespace scdash::io::detail
