// Hand-made .xls workbooks, record by record, for what LibreOffice's files do not show: each form
// of number, string and result Excel writes, strings split across CONTINUE records wherever Excel
// may split them, cells out of order, BIFF5, and the sheets that hold no cells.
#include <bit>

#include <catch2/catch.hpp>

#include "io/xls_fixture.hpp"

using namespace scdash;
using namespace scdash::testing::biff;
using testing::XlsCells;

namespace {

XlsCells read_cells(const std::string& file, std::size_t sheet = 0) {
  auto workbook = testing::open_bytes(file, "return.xls");
  if (!workbook) {
    FAIL(workbook.error().to_string());
  }
  const auto contents = testing::read_all(**workbook, sheet);
  if (contents.failure) {
    FAIL(contents.failure->to_string());
  }
  return testing::cell_map(contents);
}

// An RK number holding the integer `value`, multiplied by 100 when `hundredths`.
std::uint32_t rk_integer(std::int32_t value, bool hundredths = false) {
  return static_cast<std::uint32_t>(value) << 2 | 0x02 | (hundredths ? 0x01 : 0x00);
}

// An RK number holding the top 30 bits of `value`, divided by 100 when `hundredths`.
std::uint32_t rk_double(double value, bool hundredths = false) {
  return static_cast<std::uint32_t>(std::bit_cast<std::uint64_t>(value) >> 32) |
         (hundredths ? 0x01 : 0x00);
}

// UTF-16LE bytes, as a wide string's characters are stored.
std::string wide(const std::u16string& characters) {
  std::string bytes;
  for (const char16_t c : characters) {
    bytes += u16(c);
  }
  return bytes;
}

// A BIFF5 (Excel 5.0/95) workbook stream of one sheet, "Data", holding `records`, in code
// page `page`; BIFF5 text is bytes of that code page after a character count.
std::string biff5_stream(const std::string& records, std::uint16_t page) {
  const auto bof5 = [](std::uint16_t substream) {
    return record(0x0809, u16(0x0500) + u16(substream) + u16(0) + u16(0));
  };
  const std::string before_sheet = bof5(0x0005) + code_page(page);
  const std::string after_sheet = eof();
  const std::size_t sheet_offset =
      before_sheet.size() + record(0x0085, std::string(11, ' ')).size() + after_sheet.size();
  return before_sheet +
         record(0x0085,
                u32(static_cast<std::uint32_t>(sheet_offset)) + u8(0) + u8(0) + u8(4) + "Data") +
         after_sheet + bof5(0x0010) + records + eof();
}

std::string biff5_label(std::uint16_t row, std::uint16_t column, const std::string& bytes) {
  return record(0x0204, u16(row) + u16(column) + u16(0) +
                            u16(static_cast<std::uint16_t>(bytes.size())) + bytes);
}

}  // namespace

TEST_CASE("numbers in each RK form, MULRK runs and NUMBER records read exactly") {
  // A MULRK: row 1, columns B to D, an XF index and an RK number each, then the last column.
  const std::string mulrk =
      record(0x00BD, u16(1) + u16(1) + u16(0) + u32(rk_integer(7)) + u16(0) + u32(rk_integer(-8)) +
                         u16(0) + u32(rk_double(0.25)) + u16(3));
  const auto cells = read_cells(testing::xls_sheet(
      rk(0, 0, rk_integer(5)) + rk(0, 1, rk_integer(123, true)) + rk(0, 2, rk_integer(-7)) +
      rk(0, 3, rk_double(0.5)) + rk(0, 4, rk_double(1250.0, true)) + mulrk + number(2, 0, 3.14159) +
      number(2, 1, -1e-300) + number(2, 2, 0)));
  CHECK(cells == XlsCells{{"A1", "number 5"},
                          {"B1", "number 1.23"},
                          {"C1", "number -7"},
                          {"D1", "number 0.5"},
                          {"E1", "number 12.5"},
                          {"B2", "number 7"},
                          {"C2", "number -8"},
                          {"D2", "number 0.25"},
                          {"A3", "number 3.14159"},
                          {"B3", "number -1e-300"},
                          {"C3", "number 0"}});
}

TEST_CASE("a number is a date when its format shows one, built in or the workbook's own") {
  // XF 0 General, 1 built-in 14 (a date), 2 custom dd/mm/yyyy, 3 custom [h]:mm, 4 custom 0.00,
  // 5 built-in 20 (h:mm), 6 built-in 14 redefined by the workbook as a number format.
  const std::string formats = format(164, u"dd/mm/yyyy") + format(165, u"[h]:mm") +
                              format(166, u"0.00") + format(15, u"#,##0") + xf(0) + xf(14) +
                              xf(164) + xf(165) + xf(166) + xf(20) + xf(15);
  const std::string records = number(0, 0, 45930, 0) + number(0, 1, 45930, 1) +
                              number(0, 2, 45930.5, 2) + number(0, 3, 1.5, 3) +
                              number(0, 4, 45930, 4) + rk(0, 5, rk_double(0.5), 5) +
                              number(0, 6, 45930, 6) + number(0, 7, 45930, 99);
  const XlsCells in_1900 = {{"A1", "number 45930"},
                            {"B1", "date 2025-09-30"},
                            {"C1", "date 2025-09-30T12:00:00"},
                            {"D1", "date 1900-01-01T12:00:00"},
                            {"E1", "number 45930"},
                            {"F1", "date 12:00:00"},
                            {"G1", "number 45930"},
                            {"H1", "number 45930"}};  // an XF the workbook lacks: General
  CHECK(read_cells(testing::xls_sheet(records, formats)) == in_1900);

  // In the 1904 system the same serials are 1,462 days later; times and durations stay.
  XlsCells in_1904 = in_1900;
  in_1904["B1"] = "date 2029-10-01";
  in_1904["C1"] = "date 2029-10-01T12:00:00";
  CHECK(read_cells(testing::xls_sheet(records, date_mode_1904() + formats)) == in_1904);
}

TEST_CASE("booleans, every error and each kind of formula result read as Excel saved them") {
  const std::string records =
      bool_err(0, 0, 1, false) + bool_err(0, 1, 0, false) + bool_err(1, 0, 0x00, true) +
      bool_err(1, 1, 0x07, true) + bool_err(1, 2, 0x0F, true) + bool_err(1, 3, 0x17, true) +
      bool_err(1, 4, 0x1D, true) + bool_err(1, 5, 0x24, true) + bool_err(1, 6, 0x2A, true) +
      bool_err(1, 7, 0x2B, true) + formula(2, 0, formula_number(42.5)) +
      formula(2, 1, formula_result(0)) + string_result(u"text \u20ac") +
      formula(2, 2, formula_result(1, 1)) + formula(2, 3, formula_result(2, 0x2A)) +
      formula(2, 4, formula_result(3)) + formula(2, 5, formula_number(45930), 1);
  const auto cells = read_cells(testing::xls_sheet(records, xf(0) + xf(14)));
  CHECK(cells == XlsCells{{"A1", "bool TRUE"},
                          {"B1", "bool FALSE"},
                          {"A2", "error #NULL!"},
                          {"B2", "error #DIV/0!"},
                          {"C2", "error #VALUE!"},
                          {"D2", "error #REF!"},
                          {"E2", "error #NAME?"},
                          {"F2", "error #NUM!"},
                          {"G2", "error #N/A"},
                          {"H2", "error #GETTING_DATA"},
                          {"A3", "number 42.5"},
                          {"B3", "string text \u20ac"},
                          {"C3", "bool TRUE"},
                          {"D3", "error #N/A"},
                          // E3's result is the empty string: an empty cell, not delivered
                          {"F3", "date 2025-09-30"}});
}

TEST_CASE("shared strings split across CONTINUE records read whole, whatever the split") {
  // String 3 starts compressed and goes on as UTF-16 after the CONTINUE's flag byte; string 4's
  // header ends one record, so its characters start the next after a flag byte; string 5's
  // rich-text runs are split, which takes no flag byte, and its phonetic data follows.
  const std::string table =
      record(0x00FC, u32(6) + u32(6) + text(u"Hello") + text(u"W\u00f6rld\u20ac") + u16(10) +
                         u8(0) + "ABCD") +
      record(0x003C, u8(1) + wide(u"EFGHIJ") + u16(3) + u8(0)) +
      record(0x003C, u8(0) + "xyz" + u16(4) + u8(0x0C) + u16(1) + u32(4) + "rich" + u16(0)) +
      record(0x003C, u16(1) + "PHON" + text(u"last"));
  std::string cells;
  for (std::uint16_t i = 0; i < 6; ++i) {
    cells += label_sst(0, i, i);
  }
  CHECK(read_cells(testing::xls_sheet(cells, table)) == XlsCells{{"A1", "string Hello"},
                                                                 {"B1", "string W\u00f6rld\u20ac"},
                                                                 {"C1", "string ABCDEFGHIJ"},
                                                                 {"D1", "string xyz"},
                                                                 {"E1", "string rich"},
                                                                 {"F1", "string last"}});
}

TEST_CASE("text held in cells: LABEL in both widths, a STRING result across CONTINUE") {
  // A formula's long text result goes on in a CONTINUE record, after a flag byte of its own.
  const std::string long_result =
      record(0x0207, u16(8) + u8(0) + "abcd") + record(0x003C, u8(1) + wide(u"\u00e9fgh"));
  const auto cells = read_cells(testing::xls_sheet(
      label(0, 0, u"caf\u00e9") + label(0, 1, u"\u041b\u0438\u0441\u0442 \U0001F600") +
      label(0, 2, u"") + formula(1, 0, formula_result(0)) + long_result));
  CHECK(cells == XlsCells{{"A1", "string caf\u00e9"},
                          {"B1", "string \u041b\u0438\u0441\u0442 \U0001F600"},
                          {"A2", "string abcd\u00e9fgh"}});
}

TEST_CASE("cells out of order come out in row and column order, the last of a cell kept") {
  // Column by column, as some programs write: held whole, then handed over in row order.
  const std::string by_column =
      number(0, 0, 1) + number(2, 0, 3) + number(0, 1, 10) + number(1, 1, 20) + number(2, 0, 33);
  auto workbook = testing::open_bytes(testing::xls_sheet(by_column), "return.xls");
  REQUIRE(workbook);
  const auto contents = testing::read_all(**workbook);
  REQUIRE_FALSE(contents.failure);
  REQUIRE(contents.rows.size() == 3);
  CHECK(contents.rows[0].index == 0);
  CHECK(contents.rows[1].index == 1);
  CHECK(contents.rows[2].index == 2);
  CHECK(
      testing::cell_map(contents) ==
      XlsCells{{"A1", "number 1"}, {"B1", "number 10"}, {"B2", "number 20"}, {"A3", "number 33"}});

  // Rows in order, but a row's cells not: a formula's cell written after its neighbours.
  const std::string row_scrambled = label(0, 0, u"first") + label(0, 2, u"third") +
                                    formula(0, 1, formula_result(0)) + string_result(u"second");
  const auto scrambled = read_cells(testing::xls_sheet(row_scrambled));
  CHECK(scrambled ==
        XlsCells{{"A1", "string first"}, {"B1", "string second"}, {"C1", "string third"}});
}

TEST_CASE("a formula whose STRING record never comes is noted and reads as empty") {
  auto workbook = testing::open_bytes(
      testing::xls_sheet(formula(0, 0, formula_result(0)) + number(1, 0, 5)), "return.xls");
  REQUIRE(workbook);
  const auto contents = testing::read_all(**workbook);
  CHECK(testing::cell_map(contents) == XlsCells{{"A2", "number 5"}});
  REQUIRE((*workbook)->notes().size() == 1);
  CHECK((*workbook)->notes()[0].to_string() ==
        "return.xls!Data!A1: warning: the cell has a formula but no saved result, so it reads as "
        "empty [formula-without-value]");
}

TEST_CASE("sheets: visibility, chart sheets listed without cells, VBA modules not listed") {
  const std::string file =
      testing::xls_file({}, {{"Shown", number(0, 0, 1)},
                             {"Hidden", number(0, 0, 2), 1},
                             {"Very hidden", number(0, 0, 3), 2},
                             {"Chart", number(0, 0, 4), 0, 2},  // a chart's data, not cells
                             {"Module1", "", 0, 6}});
  auto workbook = testing::open_bytes(file, "return.xls");
  REQUIRE(workbook);
  const auto& sheets = (*workbook)->sheets();
  REQUIRE(sheets.size() == 4);
  CHECK(sheets[0].name == "Shown");
  CHECK(sheets[0].visibility == io::SheetVisibility::visible);
  CHECK(sheets[1].visibility == io::SheetVisibility::hidden);
  CHECK(sheets[2].visibility == io::SheetVisibility::very_hidden);
  CHECK(sheets[3].name == "Chart");
  CHECK(testing::cell_map(testing::read_all(**workbook, 2)) == XlsCells{{"A1", "number 3"}});
  CHECK(testing::read_all(**workbook, 3).rows.empty());
  CHECK(read_cells(file, 3).empty());
}

TEST_CASE("a chart embedded in a sheet is skipped, its data with it") {
  const auto cells = read_cells(testing::xls_sheet(number(0, 0, 1) + bof(0x0020) +
                                                   number(5, 5, 99) + eof() + number(1, 0, 2)));
  CHECK(cells == XlsCells{{"A1", "number 1"}, {"A2", "number 2"}});
}

TEST_CASE("merged ranges are known before and after reading, corners in any order") {
  const std::string file = testing::xls_sheet(
      number(0, 0, 1) + merge_cells({{0, 1, 0, 2}, {5, 3, 4, 2}}) + merge_cells({{9, 9, 0, 255}}));
  const std::vector<io::CellRange> expected = {
      {{0, 0}, {1, 2}}, {{3, 2}, {5, 4}}, {{9, 0}, {9, 255}}};
  auto workbook = testing::open_bytes(file, "return.xls");
  REQUIRE(workbook);
  CHECK((*workbook)->merged_ranges(0).value() == expected);
  REQUIRE_FALSE(testing::read_all(**workbook).failure);
  CHECK((*workbook)->merged_ranges(0).value() == expected);
}

TEST_CASE("reading stops when the row handler asks") {
  auto workbook = testing::open_bytes(
      testing::xls_sheet(number(0, 0, 1) + number(1, 0, 2) + number(2, 0, 3)), "return.xls");
  REQUIRE(workbook);
  std::vector<std::uint32_t> rows;
  REQUIRE((*workbook)->read_sheet(0, [&](const io::Row& row) {
    rows.push_back(row.index);
    return row.index < 1;
  }));
  CHECK(rows == std::vector<std::uint32_t>{0, 1});
}

TEST_CASE("a bare BIFF stream named .xls reads as a workbook, without a compound file") {
  auto workbook =
      testing::open_bytes(workbook_stream({}, {{"Data", number(0, 0, 7)}}), "export.xls");
  REQUIRE(workbook);
  CHECK(testing::cell_map(testing::read_all(**workbook)) == XlsCells{{"A1", "number 7"}});
}

TEST_CASE("an Excel 95 (BIFF5) workbook reads, its text in Windows-1252") {
  const std::string records = biff5_label(0, 0, "Caf\xE9 \x80 \x93ok\x94") + number(0, 1, 2.5) +
                              formula(1, 0, formula_result(0)) +
                              record(0x0207, u16(3) + "\xA3\x35\x30");
  auto workbook =
      testing::open_bytes(testing::xls_file(biff5_stream(records, 1252), "Book"), "old.xls");
  REQUIRE(workbook);
  REQUIRE((*workbook)->sheets().size() == 1);
  CHECK((*workbook)->sheets()[0].name == "Data");
  CHECK(testing::cell_map(testing::read_all(**workbook)) ==
        XlsCells{{"A1", "string Caf\u00e9 \u20ac \u201cok\u201d"},
                 {"B1", "number 2.5"},
                 {"A2", "string \u00a350"}});
  CHECK((*workbook)->notes().empty());
}

TEST_CASE("BIFF5 text in another code page keeps its ASCII, and is noted") {
  auto workbook = testing::open_bytes(
      testing::xls_file(biff5_stream(biff5_label(0, 0, "Area \xCC\xE8\xF0"), 1251), "Book"),
      "old.xls");
  REQUIRE(workbook);
  CHECK(testing::cell_map(testing::read_all(**workbook)) ==
        XlsCells{{"A1", "string Area \uFFFD\uFFFD\uFFFD"}});
  REQUIRE((*workbook)->notes().size() == 1);
  CHECK((*workbook)->notes()[0].code == "xls-unsupported-code-page");
  CHECK((*workbook)->notes()[0].severity == core::Severity::warning);
  CHECK((*workbook)->notes()[0].location.to_string() == "old.xls!Data");
}

TEST_CASE("an .xls workbook renamed .xlsx is read for what it is") {
  auto workbook = testing::open_bytes(testing::xls_sheet(number(0, 0, 1)), "renamed.xlsx");
  REQUIRE(workbook);
  CHECK(testing::cell_map(testing::read_all(**workbook)) == XlsCells{{"A1", "number 1"}});
}
