#include "io/xls_cells.hpp"

#include <cmath>

#include <fmt/format.h>

#include "io/little_endian.hpp"
#include "io/xls_diagnostics.hpp"
#include "scdash/core/cell_ref.hpp"

namespace scdash::io::detail {
namespace {

// A FORMULA record's result is a double unless its last two bytes are FF FF; then its first
// byte says which other kind it is.
constexpr std::uint8_t kStringResult = 0;
constexpr std::uint8_t kBooleanResult = 1;
constexpr std::uint8_t kErrorResult = 2;
constexpr std::uint8_t kEmptyStringResult = 3;

constexpr std::size_t kRkCellBytes = 6;  // an XF index and an RK number

// An RK number: bit 1 says a 30-bit integer, else the top 30 bits of a double; bit 0 says the
// number was multiplied by 100 to fit.
double rk_number(std::uint32_t rk) {
  const double value = (rk & 0x02) != 0
                           ? static_cast<double>(same_bits<std::int32_t>(rk) >> 2)
                           : same_bits<double>(static_cast<std::uint64_t>(rk & 0xFFFFFFFC) << 32);
  return (rk & 0x01) != 0 ? value / 100 : value;
}

std::optional<std::string_view> error_literal(std::uint8_t code) {
  switch (code) {
    case 0x00:
      return "#NULL!";
    case 0x07:
      return "#DIV/0!";
    case 0x0F:
      return "#VALUE!";
    case 0x17:
      return "#REF!";
    case 0x1D:
      return "#NAME?";
    case 0x24:
      return "#NUM!";
    case 0x2A:
      return "#N/A";
    case 0x2B:
      return "#GETTING_DATA";
    default:
      return std::nullopt;
  }
}

}  // namespace

bool holds_cells(std::uint16_t type) {
  switch (type) {
    case biff::kLabelSst:
    case biff::kLabel:
    case biff::kRString:
    case biff::kNumber:
    case biff::kRk:
    case biff::kMulRk:
    case biff::kBoolErr:
    case biff::kFormula:
      return true;
    default:
      return false;
  }
}

XlsCells::XlsCells(const XlsGlobals& globals, core::Location sheet, SheetNotes* notes)
    : globals_(globals),
      sheet_(std::move(sheet)),
      strings_(globals.version, globals.code_page),
      notes_(notes),
      formula_notes_(notes, sheet_) {}

core::Expected<void, core::Diagnostic> XlsCells::decode(const BiffRecord& record,
                                                        std::vector<Cell>& cells) {
  BiffCursor cursor(record);
  if (record.type == biff::kString) {
    if (pending_string_formula_) {
      text_.clear();
      strings_.read(cursor, 2, text_);
      add_text(*pending_string_formula_, std::move(text_), cells);
      pending_string_formula_.reset();
    }
  } else if (holds_cells(record.type)) {
    drop_pending_formula();
    if (auto decoded = decode_cell(record, cursor, cells); !decoded) {
      return decoded;
    }
  }
  if (cursor.overrun()) {
    return core::unexpected(too_short(record));
  }
  return {};
}

core::Expected<void, core::Diagnostic> XlsCells::decode_cell(const BiffRecord& record,
                                                             BiffCursor& cursor,
                                                             std::vector<Cell>& cells) {
  const std::uint16_t row = cursor.u16();
  const std::uint16_t column = cursor.u16();
  if (record.type == biff::kMulRk) {
    // Column of the first cell, then an XF index and an RK number for each, then the last column.
    const std::size_t count = cursor.remaining() >= 2 ? (cursor.remaining() - 2) / kRkCellBytes : 0;
    if (count == 0 || cursor.remaining() != 2 + count * kRkCellBytes ||
        u16_at(record.data, record.data.size() - 2) != column + count - 1 ||
        column + count > core::kMaxColumns) {
      return core::unexpected(too_short(record));
    }
    for (std::size_t i = 0; i < count; ++i) {
      const std::uint16_t xf = cursor.u16();
      if (auto added = add_number({row, static_cast<std::uint32_t>(column + i)}, xf,
                                  rk_number(cursor.u32()), cells);
          !added) {
        return added;
      }
    }
    return {};
  }
  if (column >= core::kMaxColumns) {
    return core::unexpected(xls_corrupt(
        sheet_, fmt::format("record {:#06x} at byte {} of the workbook stream puts a cell in "
                            "column {}, beyond Excel's last column",
                            record.type, record.offset, column + 1)));
  }
  const core::CellRef ref{row, column};
  const std::uint16_t xf = cursor.u16();
  switch (record.type) {
    case biff::kLabelSst: {
      const std::uint32_t index = cursor.u32();
      if (cursor.overrun()) {
        return {};
      }
      if (index >= globals_.shared_strings.size()) {
        return core::unexpected(
            cell_error("xls-bad-shared-string", ref,
                       fmt::format("the cell refers to shared string {}, but the workbook has {}",
                                   index, globals_.shared_strings.size())));
      }
      add_text(ref, std::string(globals_.shared_strings[index]), cells);
      return {};
    }
    case biff::kLabel:
    case biff::kRString:
      text_.clear();
      strings_.read(cursor, 2, text_);
      add_text(ref, std::move(text_), cells);
      return {};
    case biff::kNumber:
      return add_number(ref, xf, cursor.f64(), cells);
    case biff::kRk:
      return add_number(ref, xf, rk_number(cursor.u32()), cells);
    case biff::kBoolErr: {
      const std::uint8_t value = cursor.u8();
      const bool is_error = cursor.u8() != 0;
      return is_error ? add_error(ref, value, cells) : add_boolean(ref, value, cells);
    }
    default:
      return decode_formula(cursor, ref, xf, cells);
  }
}

core::Expected<void, core::Diagnostic> XlsCells::decode_formula(BiffCursor& cursor,
                                                                core::CellRef ref, std::uint16_t xf,
                                                                std::vector<Cell>& cells) {
  const std::string_view result = cursor.bytes(8);
  if (cursor.overrun()) {
    return {};
  }
  if (byte_at(result, 6) != 0xFF || byte_at(result, 7) != 0xFF) {
    return add_number(ref, xf, f64_at(result, 0), cells);
  }
  switch (byte_at(result, 0)) {
    case kStringResult:
      pending_string_formula_ = ref;
      return {};
    case kBooleanResult:
      return add_boolean(ref, byte_at(result, 2), cells);
    case kErrorResult:
      return add_error(ref, byte_at(result, 2), cells);
    case kEmptyStringResult:
      return {};
    default:
      return core::unexpected(
          cell_error("xls-bad-value", ref,
                     fmt::format("the formula's saved result is of an unknown kind ({})",
                                 byte_at(result, 0))));
  }
}

core::Expected<void, core::Diagnostic> XlsCells::add_number(core::CellRef ref, std::uint16_t xf,
                                                            double number,
                                                            std::vector<Cell>& cells) {
  if (!std::isfinite(number)) {
    // Excel has no infinity or NaN: such a number is damage or forgery, never a figure.
    return core::unexpected(
        cell_error("xls-bad-value", ref,
                   fmt::format("the cell holds {}, a number Excel cannot hold",
                               std::isnan(number) ? "not-a-number (NaN)" : "infinity")));
  }
  const TypedNumber typed = typed_number(number, globals_.format_kind(xf), globals_.date1904);
  Cell& cell = cells.emplace_back();
  cell.ref = ref;
  cell.type = typed.type;
  cell.number = typed.number;
  cell.percent = typed.percent;
  return {};
}

core::Expected<void, core::Diagnostic> XlsCells::add_error(core::CellRef ref, std::uint8_t code,
                                                           std::vector<Cell>& cells) {
  const auto literal = error_literal(code);
  if (!literal) {
    return core::unexpected(
        cell_error("xls-bad-value", ref,
                   fmt::format("the cell holds error code {:#04x}, which Excel does "
                               "not define",
                               code)));
  }
  Cell& cell = cells.emplace_back();
  cell.ref = ref;
  cell.type = CellType::error;
  cell.text = *literal;
  return {};
}

core::Expected<void, core::Diagnostic> XlsCells::add_boolean(core::CellRef ref, std::uint8_t value,
                                                             std::vector<Cell>& cells) {
  if (value > 1) {
    return core::unexpected(cell_error(
        "xls-bad-value", ref, fmt::format("the cell's boolean is {}, neither 0 nor 1", value)));
  }
  Cell& cell = cells.emplace_back();
  cell.ref = ref;
  cell.type = CellType::boolean;
  cell.number = value;
  return {};
}

void XlsCells::add_text(core::CellRef ref, std::string text, std::vector<Cell>& cells) {
  if (text.empty()) {
    return;
  }
  Cell& cell = cells.emplace_back();
  cell.ref = ref;
  cell.type = CellType::string;
  cell.text = std::move(text);
}

void XlsCells::drop_pending_formula() {
  if (pending_string_formula_) {
    formula_notes_.note(*pending_string_formula_);
    pending_string_formula_.reset();
  }
}

void XlsCells::finish() {
  drop_pending_formula();
  formula_notes_.finish();
  if (notes_ != nullptr && strings_.lost_characters()) {
    notes_->diagnostics.push_back(lost_characters_note(sheet_, strings_.code_page()));
  }
}

core::Diagnostic XlsCells::cell_error(std::string code, core::CellRef ref,
                                      std::string message) const {
  return core::Diagnostic::error(std::move(code), std::move(message),
                                 core::Location::at_cell(sheet_.file, sheet_.sheet, ref),
                                 std::string(kXlsDamagedHint));
}

core::Diagnostic XlsCells::too_short(const BiffRecord& record) const {
  return xls_corrupt(sheet_, fmt::format("record {:#06x} at byte {} of the workbook stream does "
                                         "not hold the cells its type says",
                                         record.type, record.offset));
}

}  // namespace scdash::io::detail
