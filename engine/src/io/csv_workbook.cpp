// Reading a CSV file as a one-sheet workbook: encoding and delimiter first, then the rows.
#include "io/csv_workbook.hpp"

#include <optional>
#include <span>
#include <vector>

#include <fmt/format.h>

#include "io/csv_parser.hpp"
#include "io/ooxml_escapes.hpp"
#include "io/text_encoding.hpp"
#include "io/xlsx_limits.hpp"

namespace scdash::io::detail {
namespace {

constexpr std::size_t kChunkBytes = 64 * 1024;
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kSaveAsCsvUtf8 =
    "open the file in Excel and save it as \"CSV UTF-8 (Comma delimited)\"";
// A field's UTF-8 can be up to three bytes per character Excel counts (four-byte characters
// count as two), so a field longer than this cannot fit a cell whatever it holds.
constexpr std::size_t kMaxFieldBytes = 3 * kMaxCellCharacters;

enum class Encoding { utf8, windows_1252 };

struct TextLayout {
  Encoding encoding = Encoding::utf8;
  std::size_t start = 0;  // after the byte-order mark, if any
  char delimiter = ',';
};

class CsvWorkbook final : public Workbook {
 public:
  CsvWorkbook(std::unique_ptr<core::InputFile> file, std::string display_name,
              std::string sheet_name)
      : file_(std::move(file)), display_name_(std::move(display_name)) {
    sheets_.push_back({std::move(sheet_name), SheetVisibility::visible});
  }

  const std::vector<SheetInfo>& sheets() const override { return sheets_; }

  core::Expected<void, core::Diagnostic> read_sheet(std::size_t index,
                                                    const RowHandler& on_row) override {
    if (index != 0) {
      return core::unexpected(core::Diagnostic::error(
          "workbook-no-such-sheet",
          fmt::format("the file has no sheet number {}; a CSV file has one", index + 1),
          core::Location::in_file(display_name_)));
    }
    if (!layout_) {
      auto layout = examine();
      if (!layout) {
        return core::unexpected(layout.error());
      }
      layout_ = *layout;
    }
    return read_rows(on_row);
  }

 private:
  core::Location where() const { return core::Location::in_sheet(display_name_, sheets_[0].name); }

  core::Diagnostic read_failure(const std::string& why) const {
    return core::Diagnostic::error("csv-unreadable", fmt::format("could not be read: {}", why),
                                   core::Location::in_file(display_name_));
  }

  // Reads the chunk at `offset` into `buffer`, resized to what was read (empty at the end).
  core::Expected<void, core::Diagnostic> read_chunk(std::uint64_t offset, std::string& buffer) {
    buffer.resize(kChunkBytes);
    auto got = file_->read_at(offset, std::span<char>(buffer.data(), buffer.size()));
    if (!got) {
      return core::unexpected(read_failure(got.error()));
    }
    buffer.resize(*got);
    return {};
  }

  // The first pass: the encoding over the whole file, the delimiter from its first chunk.
  core::Expected<TextLayout, core::Diagnostic> examine() {
    TextLayout layout;
    std::string chunk;
    if (auto read = read_chunk(0, chunk); !read) {
      return core::unexpected(read.error());
    }
    const std::string first = chunk;
    if (first.starts_with("\xFF\xFE") || first.starts_with("\xFE\xFF")) {
      return core::unexpected(core::Diagnostic::error(
          "csv-unsupported-encoding",
          "is a UTF-16 text file (Excel's \"Unicode Text\"); scdash reads CSV in UTF-8 or "
          "Windows-1252",
          core::Location::in_file(display_name_), std::string(kSaveAsCsvUtf8)));
    }
    if (first.find('\0') != std::string::npos) {
      return core::unexpected(core::Diagnostic::error(
          "csv-not-text", "is named as a CSV file but is not text (it holds NUL bytes)",
          core::Location::in_file(display_name_), std::string(kSaveAsCsvUtf8)));
    }
    const bool has_bom = first.starts_with(kUtf8Bom);
    layout.start = has_bom ? kUtf8Bom.size() : 0;

    Utf8Validator validator;
    std::uint64_t offset = layout.start;
    chunk.erase(0, layout.start);
    while (!chunk.empty() && validator.feed(chunk)) {
      offset += chunk.size();
      if (auto read = read_chunk(offset, chunk); !read) {
        return core::unexpected(read.error());
      }
    }
    if (!validator.finish()) {
      if (has_bom) {
        return core::unexpected(core::Diagnostic::error(
            "csv-invalid-utf8",
            "starts with a UTF-8 byte-order mark but holds bytes that are not UTF-8",
            core::Location::in_file(display_name_), std::string(kSaveAsCsvUtf8)));
      }
      layout.encoding = Encoding::windows_1252;
      add_workbook_note(core::Diagnostic::info(
          "csv-windows-1252",
          "is not UTF-8, so it was read as Windows-1252 (Excel's plain \"CSV\" on English Windows)",
          core::Location::in_file(display_name_),
          "if letters such as \u00e9 or \u00a3 look wrong, ask for the file as \"CSV UTF-8\""));
    }
    const std::string sample =
        decode(std::string_view(first).substr(layout.start), layout.encoding);
    layout.delimiter = detect_delimiter(sample, first.size() < kChunkBytes);
    return layout;
  }

  static std::string decode(std::string_view bytes, Encoding encoding) {
    if (encoding == Encoding::utf8) {
      return std::string(bytes);
    }
    std::string text;
    append_windows_1252_as_utf8(bytes, text);
    return text;
  }

  core::Expected<void, core::Diagnostic> read_rows(const RowHandler& on_row) {
    std::optional<core::Diagnostic> failure;
    Row row;
    const auto on_record = [&](std::span<const std::string> fields, std::uint32_t index) {
      if (index >= core::kMaxRows) {
        failure = core::Diagnostic::error(
            "csv-too-many-rows", fmt::format("has more than Excel's {} rows", core::kMaxRows),
            where());
        return false;
      }
      row.index = index;
      row.cells.clear();
      for (std::size_t column = 0; column < fields.size(); ++column) {
        if (fields[column].empty()) {
          continue;
        }
        const core::CellRef ref{index, static_cast<std::uint32_t>(column)};
        if (!fits_in_cell(fields[column])) {
          failure = too_long(ref);
          return false;
        }
        row.cells.push_back({ref, CellType::string, 0, fields[column]});
      }
      return row.cells.empty() || on_row(row);
    };

    CsvParser parser(layout_->delimiter, kMaxFieldBytes, core::kMaxColumns);
    std::string chunk;
    std::string text;
    CsvParser::Stop stop = CsvParser::Stop::none;
    for (std::uint64_t offset = layout_->start; stop == CsvParser::Stop::none;) {
      if (auto read = read_chunk(offset, chunk); !read) {
        return read;
      }
      if (chunk.empty()) {
        stop = parser.finish(on_record);
        break;
      }
      offset += chunk.size();
      if (layout_->encoding == Encoding::utf8) {
        stop = parser.feed(chunk, on_record);
      } else {
        text.clear();
        append_windows_1252_as_utf8(chunk, text);
        stop = parser.feed(text, on_record);
      }
    }
    if (failure) {
      return core::unexpected(std::move(*failure));
    }
    const core::CellRef at{parser.record_index(), parser.field_index()};
    switch (stop) {
      case CsvParser::Stop::none:
      case CsvParser::Stop::handler:
        return {};
      case CsvParser::Stop::field_too_long:
        return core::unexpected(too_long(at));
      case CsvParser::Stop::too_many_fields:
        return core::unexpected(core::Diagnostic::error(
            "csv-too-many-columns",
            fmt::format("row {} has more than Excel's {} columns", at.row + 1, core::kMaxColumns),
            where()));
      case CsvParser::Stop::unterminated_quote:
        return core::unexpected(core::Diagnostic::error(
            "csv-unterminated-quote",
            fmt::format("the quoted field that starts in row {} is never closed: the file ends "
                        "inside it",
                        at.row + 1),
            core::Location::at_cell(display_name_, sheets_[0].name, at),
            "the file may have been cut short, or a quote in the text was not doubled (\"\")"));
    }
    return {};
  }

  core::Diagnostic too_long(core::CellRef ref) const {
    return core::Diagnostic::error(
        "csv-text-too-long",
        fmt::format("the field is longer than Excel's limit of {} characters", kMaxCellCharacters),
        core::Location::at_cell(display_name_, sheets_[0].name, ref));
  }

  std::unique_ptr<core::InputFile> file_;
  std::string display_name_;
  std::vector<SheetInfo> sheets_;
  std::optional<TextLayout> layout_;  // found at the first reading
};

}  // namespace

std::unique_ptr<Workbook> open_csv(std::unique_ptr<core::InputFile> file,
                                   const std::string& display_name, std::string sheet_name) {
  return std::make_unique<CsvWorkbook>(std::move(file), display_name, std::move(sheet_name));
}

}  // namespace scdash::io::detail
