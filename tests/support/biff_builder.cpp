#include "support/biff_builder.hpp"

#include <bit>
#include <stdexcept>

namespace scdash::testing::biff {
namespace {

constexpr std::uint16_t kWorksheetSubstream = 0x0010;

bool fits_in_bytes(const std::u16string& characters) {
  for (const char16_t c : characters) {
    if (c > 0xFF) {
      return false;
    }
  }
  return true;
}

std::string cell(std::uint16_t row, std::uint16_t column, std::uint16_t xf) {
  return u16(row) + u16(column) + u16(xf);
}

}  // namespace

std::string u8(std::uint8_t value) {
  return std::string(1, static_cast<char>(value));
}

std::string u16(std::uint16_t value) {
  return u8(static_cast<std::uint8_t>(value & 0xFF)) + u8(static_cast<std::uint8_t>(value >> 8));
}

std::string u32(std::uint32_t value) {
  return u16(static_cast<std::uint16_t>(value & 0xFFFF)) +
         u16(static_cast<std::uint16_t>(value >> 16));
}

std::string f64(double value) {
  const auto bits = std::bit_cast<std::uint64_t>(value);
  return u32(static_cast<std::uint32_t>(bits & 0xFFFFFFFF)) +
         u32(static_cast<std::uint32_t>(bits >> 32));
}

std::string record(std::uint16_t type, const std::string& data) {
  if (data.size() > 0xFFFF) {
    throw std::invalid_argument("a BIFF record holds at most 65535 bytes");
  }
  return u16(type) + u16(static_cast<std::uint16_t>(data.size())) + data;
}

std::string text(const std::u16string& characters, bool short_count) {
  const auto count = static_cast<std::uint16_t>(characters.size());
  std::string bytes = short_count ? u8(static_cast<std::uint8_t>(count)) : u16(count);
  const bool narrow = fits_in_bytes(characters);
  bytes += u8(narrow ? 0 : 1);
  for (const char16_t c : characters) {
    bytes += narrow ? u8(static_cast<std::uint8_t>(c)) : u16(c);
  }
  return bytes;
}

std::string bof(std::uint16_t substream, std::uint16_t version) {
  return record(0x0809,
                u16(version) + u16(substream) + u16(0x0DBB) + u16(0x07CC) + u32(0) + u32(0x06));
}

std::string eof() {
  return record(0x000A, "");
}

std::string date_mode_1904() {
  return record(0x0022, u16(1));
}

std::string code_page(std::uint16_t code_page) {
  return record(0x0042, u16(code_page));
}

std::string file_pass() {
  // RC4 encryption, as Excel 97-2003 writes it; what follows is irrelevant to a reader that stops.
  return record(0x002F, u16(1) + u16(1) + u16(1) + std::string(48, '\x5A'));
}

std::string format(std::uint16_t id, const std::u16string& code) {
  return record(0x041E, u16(id) + text(code));
}

std::string xf(std::uint16_t format_id) {
  return record(0x00E0, u16(0) + u16(format_id) + std::string(16, '\0'));
}

std::string sst(const std::vector<std::u16string>& strings, std::uint32_t claimed) {
  std::string data = u32(claimed) + u32(claimed);
  for (const auto& s : strings) {
    data += text(s);
  }
  return record(0x00FC, data);
}

std::string number(std::uint16_t row, std::uint16_t column, double value, std::uint16_t xf) {
  return record(0x0203, cell(row, column, xf) + f64(value));
}

std::string rk(std::uint16_t row, std::uint16_t column, std::uint32_t rk, std::uint16_t xf) {
  return record(0x027E, cell(row, column, xf) + u32(rk));
}

std::string label_sst(std::uint16_t row, std::uint16_t column, std::uint32_t index) {
  return record(0x00FD, cell(row, column, 0) + u32(index));
}

std::string label(std::uint16_t row, std::uint16_t column, const std::u16string& value) {
  return record(0x0204, cell(row, column, 0) + text(value));
}

std::string bool_err(std::uint16_t row, std::uint16_t column, std::uint8_t value, bool error) {
  return record(0x0205, cell(row, column, 0) + u8(value) + u8(error ? 1 : 0));
}

std::string formula(std::uint16_t row, std::uint16_t column, const std::string& result,
                    std::uint16_t xf) {
  // Options, a reserved field, then the formula's tokens: one ptgInt of 1, as =1 would be.
  return record(0x0006,
                cell(row, column, xf) + result + u16(0) + u32(0) + u16(3) + u8(0x1E) + u16(1));
}

std::string formula_number(double value) {
  return f64(value);
}

std::string formula_result(std::uint8_t kind, std::uint8_t value) {
  return u8(kind) + u8(0) + u8(value) + u8(0) + u16(0) + u16(0xFFFF);
}

std::string string_result(const std::u16string& value) {
  return record(0x0207, text(value));
}

std::string merge_cells(const std::vector<std::vector<std::uint16_t>>& ranges) {
  std::string data = u16(static_cast<std::uint16_t>(ranges.size()));
  for (const auto& range : ranges) {
    for (const std::uint16_t bound : range) {
      data += u16(bound);
    }
  }
  return record(0x00E5, data);
}

std::string workbook_stream(const std::string& globals,
                            const std::vector<XlsSheetRecords>& sheets) {
  std::vector<std::string> bound_sheets;
  std::size_t header_size = bof(0x0005).size() + globals.size() + eof().size();
  for (const auto& sheet : sheets) {
    // The offset is filled in below; the record's size does not depend on it.
    bound_sheets.push_back(u32(0) + u8(sheet.visibility) + u8(sheet.kind) +
                           text(std::u16string(sheet.name.begin(), sheet.name.end()), true));
    header_size += record(0x0085, bound_sheets.back()).size();
  }
  std::string stream = bof(0x0005) + globals;
  std::size_t offset = header_size;
  std::string bodies;
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    stream += record(0x0085, u32(static_cast<std::uint32_t>(offset)) + bound_sheets[i].substr(4));
    const std::string body = bof(kWorksheetSubstream) + sheets[i].records + eof();
    bodies += body;
    offset += body.size();
  }
  return stream + eof() + bodies;
}

}  // namespace scdash::testing::biff
