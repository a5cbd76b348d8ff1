// BIFF records written by hand, so that tests can say exactly what an .xls workbook stream
// holds, well-formed or not: records, the values inside them, and XlsBook, a BIFF8 workbook put
// together from its globals and sheets with the offsets of its sheets worked out.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace scdash::testing::biff {

// Little-endian values, as BIFF stores them.
std::string u8(std::uint8_t value);
std::string u16(std::uint16_t value);
std::string u32(std::uint32_t value);
std::string f64(double value);

// A record: its type, its length, then `data`.
std::string record(std::uint16_t type, const std::string& data);

// A BIFF8 string: a two-byte character count (one byte when `short_count`), a flag byte, then
// the characters, one byte each when all are below U+0100, else two.
std::string text(const std::u16string& characters, bool short_count = false);

// Records of the globals.
std::string bof(std::uint16_t substream, std::uint16_t version = 0x0600);
std::string eof();
std::string date_mode_1904();
std::string code_page(std::uint16_t code_page);
std::string file_pass();
std::string format(std::uint16_t id, const std::u16string& code);
std::string xf(std::uint16_t format_id);
// An SST record holding `strings`, its count claiming `claimed` strings.
std::string sst(const std::vector<std::u16string>& strings, std::uint32_t claimed);

// Records of a sheet.
std::string number(std::uint16_t row, std::uint16_t column, double value, std::uint16_t xf = 0);
std::string rk(std::uint16_t row, std::uint16_t column, std::uint32_t rk, std::uint16_t xf = 0);
std::string label_sst(std::uint16_t row, std::uint16_t column, std::uint32_t index);
std::string label(std::uint16_t row, std::uint16_t column, const std::u16string& value);
std::string bool_err(std::uint16_t row, std::uint16_t column, std::uint8_t value, bool error);
// A FORMULA record whose saved result is the 8 bytes `result` (see formula_* below).
std::string formula(std::uint16_t row, std::uint16_t column, const std::string& result,
                    std::uint16_t xf = 0);
std::string formula_number(double value);
std::string formula_result(std::uint8_t kind, std::uint8_t value = 0);  // 0 string, 1 bool...
std::string string_result(const std::u16string& value);  // the STRING record after a formula
std::string merge_cells(const std::vector<std::vector<std::uint16_t>>& ranges);  // r1 r2 c1 c2

struct XlsSheetRecords {
  std::string name;
  std::string records;          // between the sheet's BOF and EOF
  std::uint8_t visibility = 0;  // 0 visible, 1 hidden, 2 very hidden
  std::uint8_t kind = 0;        // 0 worksheet, 2 chart, 6 VBA module
};

// A BIFF8 workbook stream: the globals' BOF, `globals` (code page, formats, SST...), a
// BOUNDSHEET for each sheet, EOF, then each sheet's BOF, records and EOF.
std::string workbook_stream(const std::string& globals, const std::vector<XlsSheetRecords>& sheets);

}  // namespace scdash::testing::biff
