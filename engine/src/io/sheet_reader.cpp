#include "io/sheet_reader.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include <fmt/format.h>

#include "io/date_serial.hpp"
#include "io/formula_notes.hpp"
#include "io/ooxml_escapes.hpp"
#include "io/string_item.hpp"
#include "io/xml_stream.hpp"
#include "scdash/core/cell_ref.hpp"
#include "scdash/core/number_text.hpp"

namespace scdash::io::detail {
namespace {

// The t attribute of a cell.
enum class ValueKind { number, shared_string, formula_string, inline_string, boolean, error, date };

std::optional<ValueKind> value_kind(std::string_view type) {
  if (type.empty() || type == "n") {
    return ValueKind::number;
  }
  if (type == "s") {
    return ValueKind::shared_string;
  }
  if (type == "str") {
    return ValueKind::formula_string;
  }
  if (type == "inlineStr") {
    return ValueKind::inline_string;
  }
  if (type == "b") {
    return ValueKind::boolean;
  }
  if (type == "e") {
    return ValueKind::error;
  }
  if (type == "d") {
    return ValueKind::date;
  }
  return std::nullopt;
}

std::string_view trim_xml_space(std::string_view text) {
  constexpr std::string_view kSpace = " \t\r\n";
  const auto first = text.find_first_not_of(kSpace);
  if (first == std::string_view::npos) {
    return {};
  }
  return text.substr(first, text.find_last_not_of(kSpace) - first + 1);
}

// An xsd:double as Excel writes it ("42", "-1.5E-3"); exact, since from_chars rounds correctly.
std::optional<double> parse_number(std::string_view text) {
  text = trim_xml_space(text);
  if (text.starts_with('+')) {
    text.remove_prefix(1);
  }
  double value = 0;
  const auto [end, error] = core::parse_double(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc() || end != text.data() + text.size() ||
      !std::isfinite(value)) {
    return std::nullopt;
  }
  return value;
}

// At most the first 40 characters, so that a diagnostic stays one readable line.
std::string excerpt(std::string_view text) {
  constexpr std::size_t kLength = 40;
  return text.size() <= kLength ? std::string(text) : std::string(text.substr(0, kLength)) + "...";
}

template <class Unsigned>
std::optional<Unsigned> parse_unsigned(std::string_view text) {
  text = trim_xml_space(text);
  Unsigned value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc() || end != text.data() + text.size()) {
    return std::nullopt;
  }
  return value;
}

class SheetHandler final : public XmlHandler {
 public:
  SheetHandler(XmlStream& stream, const ZipPartReader& part, const SheetContext& context,
               const RowHandler* on_row, std::vector<CellRange>* merged_ranges, SheetNotes* notes)
      : stream_(stream),
        part_(part),
        context_(context),
        on_row_(on_row),
        merged_ranges_(merged_ranges),
        formula_notes_(notes, part.where()) {}

  bool stopped() const { return stopped_; }

  void finish_notes() { formula_notes_.finish(); }

  void on_start(std::string_view name, const XmlAttributes& attributes) override {
    if (!in_sheet_data_) {
      if (name == "sheetData") {
        in_sheet_data_ = true;
      } else if (name == "mergeCell" && merged_ranges_ != nullptr) {
        add_merged_range(attributes.find("ref").value_or(""));
      }
      return;
    }
    if (on_row_ == nullptr) {
      return;  // only the merged ranges are wanted
    }
    if (in_cell_) {
      start_in_cell(name);
    } else if (name == "c") {
      if (in_row_) {
        start_cell(attributes);
      }
    } else if (name == "row") {
      start_row(attributes);
    }
  }

  void on_end(std::string_view name) override {
    stream_.capture_text(false);
    if (!in_sheet_data_) {
      return;
    }
    if (in_cell_) {
      end_in_cell(name);
    } else if (name == "row") {
      if (in_row_) {
        end_row();
      }
    } else if (name == "sheetData") {
      in_sheet_data_ = false;
    }
  }

  void on_text(std::string_view text) override {
    if (in_inline_string_) {
      inline_string_.on_text(text);
    } else {
      value_.append(text);
    }
    if (value_.size() > kMaxCellTextBytes || inline_string_.raw_size() > kMaxCellTextBytes) {
      text_too_long();
    }
  }

 private:
  // --- rows -------------------------------------------------------------------------------

  void start_row(const XmlAttributes& attributes) {
    in_row_ = true;
    used_cells_ = 0;
    next_column_ = 0;
    in_order_ = true;
    row_known_ = false;
    if (const auto r = attributes.find("r")) {
      const auto number = parse_unsigned<std::uint32_t>(*r);
      if (!number || *number < 1 || *number > core::kMaxRows) {
        bad_reference(fmt::format("row number '{}' is outside Excel's rows 1 to {}", excerpt(*r),
                                  core::kMaxRows));
        return;
      }
      set_row_index(*number - 1);
    }
  }

  void set_row_index(std::uint32_t index) {
    row_.index = index;
    row_known_ = true;
  }

  // A row without "r" follows the previous one.
  bool infer_row_index() {
    const std::uint64_t next = previous_row_ + 1;  // previous_row_ starts at -1
    if (next >= core::kMaxRows) {
      bad_reference(fmt::format("the sheet runs past Excel's last row, {}", core::kMaxRows));
      return false;
    }
    set_row_index(static_cast<std::uint32_t>(next));
    return true;
  }

  void end_row() {
    in_row_ = false;
    if (!row_known_ && !infer_row_index()) {
      return;
    }
    previous_row_ = row_.index;
    row_.cells.resize(used_cells_);
    if (!in_order_) {
      std::stable_sort(row_.cells.begin(), row_.cells.end(),
                       [](const Cell& a, const Cell& b) { return a.ref.column < b.ref.column; });
    }
    if (!(*on_row_)(row_)) {
      stopped_ = true;
      stream_.stop();
    }
  }

  // --- cells ------------------------------------------------------------------------------

  void start_cell(const XmlAttributes& attributes) {
    std::optional<std::string_view> reference;
    std::string_view type;
    style_ = 0;
    attributes.for_each([&](std::string_view name, std::string_view value) {
      if (name == "r") {
        reference = value;
      } else if (name == "t") {
        type = value;
      } else if (name == "s") {
        style_ = parse_unsigned<std::uint32_t>(value).value_or(0);
      }
    });
    if (reference) {
      const auto ref = core::parse_a1(*reference);
      if (!ref) {
        bad_reference(fmt::format("cell reference '{}' is outside Excel's A1 to {}",
                                  excerpt(*reference),
                                  core::to_a1({core::kMaxRows - 1, core::kMaxColumns - 1})));
        return;
      }
      column_ = ref->column;
      if (!row_known_) {
        set_row_index(ref->row);
      }
    } else {
      if (next_column_ >= core::kMaxColumns) {
        bad_reference(fmt::format("row {} runs past Excel's last column, {}", row_.index + 1,
                                  core::column_name(core::kMaxColumns - 1)));
        return;
      }
      column_ = next_column_;
      if (!row_known_ && !infer_row_index()) {
        return;
      }
    }
    in_order_ = in_order_ && (used_cells_ == 0 || column_ >= next_column_);
    next_column_ = column_ + 1;

    const auto kind = value_kind(type);
    if (!kind) {
      cell_error("xlsx-bad-value", fmt::format("unknown cell type '{}'", excerpt(type)));
      return;
    }
    kind_ = *kind;
    in_cell_ = true;
    has_value_ = false;
    has_formula_ = false;
    has_inline_string_ = false;
    value_.clear();
  }

  void start_in_cell(std::string_view name) {
    if (in_inline_string_) {
      stream_.capture_text(inline_string_.on_start(name));
    } else if (name == "v") {
      has_value_ = true;
      stream_.capture_text(true);
    } else if (name == "f") {
      has_formula_ = true;
    } else if (name == "is") {
      in_inline_string_ = true;
      has_inline_string_ = true;
      inline_string_.begin();
    }
  }

  void end_in_cell(std::string_view name) {
    if (in_inline_string_) {
      if (name == "is") {
        in_inline_string_ = false;
      } else {
        inline_string_.on_end(name);
      }
    } else if (name == "c") {
      in_cell_ = false;
      finish_cell();
    }
  }

  // Types the value collected for the cell and adds it to the row.
  void finish_cell() {
    if (has_inline_string_) {
      Cell& cell = next_cell(CellType::string);
      inline_string_.append_value(cell.text);
      check_text_length(cell);
      return;
    }
    // An empty <v/> is no value, as a missing one is: formulas whose result is "" are
    // written so, and Excel shows such a cell as blank.
    if (!has_value_ || value_.empty()) {
      // A formula whose result is the text "" has t="str" and an empty <v/>. Any other formula
      // without a value has no saved result (openpyxl writes an empty <v/> for those).
      if (has_formula_ && !(has_value_ && kind_ == ValueKind::formula_string)) {
        formula_notes_.note({row_.index, column_});
      }
      return;
    }
    switch (kind_) {
      case ValueKind::number:
        return add_number();
      case ValueKind::shared_string:
        return add_shared_string();
      case ValueKind::formula_string:
      case ValueKind::inline_string: {
        Cell& cell = next_cell(CellType::string);
        append_unescaped(value_, cell.text);
        return check_text_length(cell);
      }
      case ValueKind::boolean:
        return add_boolean();
      case ValueKind::error:
        next_cell(CellType::error).text.assign(value_);
        return;
      case ValueKind::date:
        return add_iso_date();
    }
  }

  void add_number() {
    const auto number = parse_number(value_);
    if (!number) {
      return bad_value("a number");
    }
    const TypedNumber typed =
        typed_number(*number, context_.formats.kind(style_), context_.date1904);
    Cell& cell = next_cell(typed.type);
    cell.number = typed.number;
    cell.percent = typed.percent;
  }

  void add_shared_string() {
    const auto index = parse_unsigned<std::size_t>(value_);
    const std::size_t count = context_.shared_strings.size();
    if (!index || *index >= count) {
      return cell_error(
          "xlsx-bad-shared-string",
          fmt::format("the cell refers to shared string '{}', but the workbook has {}",
                      excerpt(trim_xml_space(value_)), count));
    }
    next_cell(CellType::string).text.assign(context_.shared_strings[*index]);
  }

  void add_boolean() {
    const std::string_view value = trim_xml_space(value_);
    if (value != "0" && value != "1" && value != "true" && value != "false") {
      return bad_value("a boolean (0 or 1)");
    }
    next_cell(CellType::boolean).number = value == "1" || value == "true" ? 1 : 0;
  }

  void add_iso_date() {
    const auto serial = iso_8601_serial(trim_xml_space(value_));
    if (!serial) {
      return bad_value("an ISO 8601 date");
    }
    next_cell(CellType::date).number = *serial;
  }

  Cell& next_cell(CellType type) {
    if (used_cells_ == row_.cells.size()) {
      row_.cells.emplace_back();
    }
    Cell& cell = row_.cells[used_cells_++];
    cell.ref = {row_.index, column_};
    cell.type = type;
    cell.number = 0;
    cell.text.clear();
    return cell;
  }

  void check_text_length(const Cell& cell) {
    if (!fits_in_cell(cell.text)) {
      text_too_long();
    }
  }

  void add_merged_range(std::string_view reference) {
    const auto colon = reference.find(':');
    const auto first = core::parse_a1(reference.substr(0, colon));
    const auto last =
        colon == std::string_view::npos ? first : core::parse_a1(reference.substr(colon + 1));
    if (!first || !last) {
      return bad_reference(
          fmt::format("merged range '{}' is not a range of cells", excerpt(reference)));
    }
    // Corners may come in any order ("C1:A3"); the range is the rectangle they span.
    merged_ranges_->push_back(
        {{std::min(first->row, last->row), std::min(first->column, last->column)},
         {std::max(first->row, last->row), std::max(first->column, last->column)}});
    check_list_length(stream_, part_, merged_ranges_->size(), "merged ranges");
  }

  // --- diagnostics ------------------------------------------------------------------------

  void cell_error(std::string code, std::string message) {
    const core::Location& where = part_.where();
    stream_.fail(core::Diagnostic::error(
        std::move(code), std::move(message),
        core::Location::at_cell(where.file, where.sheet, {row_.index, column_})));
  }

  void bad_value(std::string_view expected) {
    cell_error("xlsx-bad-value", fmt::format("expected {}, found '{}'", expected, excerpt(value_)));
  }

  void text_too_long() {
    cell_error("xlsx-text-too-long",
               fmt::format("the cell's text is longer than Excel's limit of {} characters",
                           kMaxCellCharacters));
  }

  void bad_reference(std::string message) {
    stream_.fail(core::Diagnostic::error("xlsx-bad-reference",
                                         fmt::format("{} (part {})", message, part_.part_name()),
                                         part_.where()));
  }

  XmlStream& stream_;
  const ZipPartReader& part_;
  const SheetContext& context_;
  const RowHandler* on_row_;
  std::vector<CellRange>* merged_ranges_;
  FormulaNotes formula_notes_;

  bool in_sheet_data_ = false;
  bool in_row_ = false;
  bool in_cell_ = false;
  bool in_inline_string_ = false;
  bool stopped_ = false;

  Row row_;
  bool row_known_ = false;
  // Cells of row_ filled in this row. Each takes over the Cell, and its string's buffer, that
  // the previous row left at its position.
  std::size_t used_cells_ = 0;
  std::uint32_t next_column_ = 0;
  bool in_order_ = true;
  std::int64_t previous_row_ = -1;

  std::uint32_t column_ = 0;
  std::uint32_t style_ = 0;
  ValueKind kind_ = ValueKind::number;
  bool has_value_ = false;
  bool has_formula_ = false;
  bool has_inline_string_ = false;
  std::string value_;  // the <v> text of the current cell
  StringItem inline_string_;
};

}  // namespace

core::Expected<bool, core::Diagnostic> read_sheet_part(ZipPartReader& part,
                                                       const SheetContext& context,
                                                       const RowHandler* on_row,
                                                       std::vector<CellRange>* merged_ranges,
                                                       SheetNotes* notes) {
  XmlStream stream;
  SheetHandler handler(stream, part, context, on_row, merged_ranges, notes);
  auto parsed = stream.parse(part, handler);
  handler.finish_notes();
  if (!parsed) {
    return core::unexpected(parsed.error());
  }
  return !handler.stopped();
}

}  // namespace scdash::io::detail
