// What the .xlsx reader makes of each way a cell can be written, on packages built by hand.
#include <sstream>

#include <catch2/catch.hpp>

#include "io/xlsx_fixture.hpp"

using namespace scdash;
using io::CellType;
using testing::read_package;
using testing::XlsxParts;

namespace {

// A cell's type and value in one comparable string, e.g. "number 42" or "string Abc".
std::string typed(const io::Cell* cell) {
  if (cell == nullptr) {
    return "absent";
  }
  const bool numeric = cell->type == CellType::number || cell->type == CellType::date ||
                       cell->type == CellType::boolean;
  std::ostringstream value;
  value.precision(17);
  value << io::cell_type_name(cell->type) << ' ';
  if (numeric) {
    value << cell->number;
  } else {
    value << cell->text;
  }
  return value.str();
}

}  // namespace

TEST_CASE("each cell type attribute gives its typed value") {
  const auto contents =
      read_package(XlsxParts()
                       .set("xl/sharedStrings.xml",
                            testing::shared_strings({"<t>Hinckley</t>", "<t>Melton</t>"}))
                       .sheet(R"(<row r="1">
                      <c r="A1"><v>42</v></c>
                      <c r="B1" t="n"><v>-1.5E-3</v></c>
                      <c r="C1" t="s"><v>1</v></c>
                      <c r="D1" t="str"><f>A1&amp;"x"</f><v>42x</v></c>
                      <c r="E1" t="inlineStr"><is><t>inline</t></is></c>
                      <c r="F1" t="b"><v>1</v></c>
                      <c r="G1" t="b"><v>0</v></c>
                      <c r="H1" t="e"><f>1/0</f><v>#DIV/0!</v></c>
                      <c r="I1" t="e"><v>#N/A</v></c>
                      <c r="J1" t="d"><v>2025-09-30T12:00:00</v></c>
                    </row>)")
                       .zip());
  REQUIRE_FALSE(contents.failure);
  CHECK(typed(contents.cell("A1")) == "number 42");
  CHECK(typed(contents.cell("B1")) == "number -0.0015");
  CHECK(typed(contents.cell("C1")) == "string Melton");
  CHECK(typed(contents.cell("D1")) == "string 42x");
  CHECK(typed(contents.cell("E1")) == "string inline");
  CHECK(typed(contents.cell("F1")) == "bool 1");
  CHECK(typed(contents.cell("G1")) == "bool 0");
  CHECK(typed(contents.cell("H1")) == "error #DIV/0!");
  CHECK(typed(contents.cell("I1")) == "error #N/A");
  CHECK(typed(contents.cell("J1")) == "date 45930.5");
}

TEST_CASE("numbers are read exactly, to the last bit of the double Excel wrote") {
  const auto contents = read_package(
      XlsxParts()
          .sheet(R"(<row r="1"><c r="A1"><v>0.1</v></c><c r="B1"><v>1234567.8900000001</v></c>
                    <c r="C1"><v>1.7976931348623157E+308</v></c><c r="D1"><v>5E-324</v></c></row>)")
          .zip());
  REQUIRE_FALSE(contents.failure);
  CHECK(contents.cell("A1")->number == 0.1);
  CHECK(contents.cell("B1")->number == 1234567.8900000001);
  CHECK(contents.cell("C1")->number == 1.7976931348623157E+308);
  CHECK(contents.cell("D1")->number == 5E-324);
}

TEST_CASE("cells and rows without r continue from the previous cell and row") {
  const auto contents = read_package(XlsxParts()
                                         .sheet(R"(<row><c><v>1</v></c><c><v>2</v></c></row>
                                                   <row r="5"><c r="C5"><v>3</v></c><c><v>4</v></c></row>
                                                   <row><c><v>5</v></c></row>
                                                   <row><c r="B9"><v>6</v></c></row>)")
                                         .zip());
  REQUIRE_FALSE(contents.failure);
  REQUIRE(contents.rows.size() == 4);
  CHECK(typed(contents.cell("A1")) == "number 1");
  CHECK(typed(contents.cell("B1")) == "number 2");
  CHECK(typed(contents.cell("C5")) == "number 3");
  CHECK(typed(contents.cell("D5")) == "number 4");
  CHECK(typed(contents.cell("A6")) == "number 5");
  // A row without r but whose first cell has one takes the cell's row.
  CHECK(typed(contents.cell("B9")) == "number 6");
  CHECK(contents.rows[3].index == 8);
}

TEST_CASE("a wrong dimension is ignored and cells out of column order are sorted") {
  const auto contents = read_package(
      XlsxParts()
          .set("xl/worksheets/sheet1.xml",
               std::string("<worksheet xmlns=\"") + testing::kMainNamespace +
                   "\"><dimension ref=\"A1\"/><sheetData><row r=\"1000\"><c r=\"Z1000\"><v>2</v>"
                   "</c><c r=\"B1000\"><v>1</v></c></row></sheetData></worksheet>")
          .zip());
  REQUIRE_FALSE(contents.failure);
  REQUIRE(contents.rows.size() == 1);
  REQUIRE(contents.rows[0].cells.size() == 2);
  CHECK(core::to_a1(contents.rows[0].cells[0].ref) == "B1000");
  CHECK(core::to_a1(contents.rows[0].cells[1].ref) == "Z1000");
}

TEST_CASE("styled blanks, empty values and formulas without a cached result are skipped") {
  const auto contents =
      read_package(XlsxParts()
                       .sheet(R"(<row r="1"><c r="A1" s="0"/><c r="B1" t="str"><f>""</f><v></v></c>
                    <c r="C1"><f>SUM(A1:B1)</f></c><c r="D1"><v>7</v></c></row>)")
                       .zip());
  REQUIRE_FALSE(contents.failure);
  REQUIRE(contents.rows.size() == 1);
  REQUIRE(contents.rows[0].cells.size() == 1);
  CHECK(typed(contents.cell("D1")) == "number 7");
}

TEST_CASE("rich-text runs are joined and phonetic guides skipped, in shared and inline strings") {
  const std::string rich =
      "<r><rPr><b/></rPr><t>Safer </t></r><r><t xml:space=\"preserve\">Communities </t></r>"
      "<rPh sb=\"0\" eb=\"1\"><t>セーファー</t></rPh><phoneticPr fontId=\"1\"/>";
  const auto contents =
      read_package(XlsxParts()
                       .set("xl/sharedStrings.xml", testing::shared_strings({rich}))
                       .sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                              "<c r=\"B1\" t=\"inlineStr\"><is>" +
                              rich + "</is></c></row>")
                       .zip());
  REQUIRE_FALSE(contents.failure);
  CHECK(typed(contents.cell("A1")) == "string Safer Communities ");
  CHECK(typed(contents.cell("B1")) == "string Safer Communities ");
}

TEST_CASE("_xHHHH_ escapes are decoded and white space is kept as written") {
  const auto contents =
      read_package(XlsxParts()
                       .set("xl/sharedStrings.xml",
                            testing::shared_strings({"<t>Line 1_x000D_\nLine 2</t>",
                                                     "<t>  padded  </t>", "<t>_x005F_x0041_</t>"}))
                       .sheet(R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>
                    <c r="C1" t="s"><v>2</v></c><c r="D1" t="str"><v>tab_x0009_here</v></c>
                    <c r="E1" t="inlineStr"><is><t>_x0041_BC</t></is></c></row>)")
                       .zip());
  REQUIRE_FALSE(contents.failure);
  CHECK(contents.cell("A1")->text == "Line 1\r\nLine 2");
  CHECK(contents.cell("B1")->text == "  padded  ");
  CHECK(contents.cell("C1")->text == "_x0041_");
  CHECK(contents.cell("D1")->text == "tab\there");
  CHECK(contents.cell("E1")->text == "ABC");
}

TEST_CASE("numbers styled as dates or times are dates, and 1904-system days are moved to 1900") {
  const std::string sheet =
      R"(<row r="1"><c r="A1" s="1"><v>45930</v></c><c r="B1" s="2"><v>45930.75</v></c>
         <c r="C1" s="3"><v>0.5</v></c><c r="D1" s="4"><v>45930</v></c>
         <c r="E1" s="0"><v>45930</v></c><c r="F1" s="99"><v>45930</v></c>
         <c r="G1" t="d" s="0"><v>2025-09-30</v></c></row>)";
  const std::string style_part =
      testing::styles({{164, "dd/mm/yyyy hh:mm"}, {165, "[h]:mm"}, {166, "0.0 &quot;days&quot;"}},
                      {0, 14, 164, 165, 166});
  const auto in_1900 =
      read_package(XlsxParts().set("xl/styles.xml", style_part).sheet(sheet).zip());
  REQUIRE_FALSE(in_1900.failure);
  CHECK(typed(in_1900.cell("A1")) == "date 45930");
  CHECK(typed(in_1900.cell("B1")) == "date 45930.75");
  CHECK(typed(in_1900.cell("C1")) == "date 0.5");
  CHECK(typed(in_1900.cell("D1")) == "number 45930");
  CHECK(typed(in_1900.cell("E1")) == "number 45930");
  CHECK(typed(in_1900.cell("F1")) == "number 45930");  // an undefined style is General
  CHECK(typed(in_1900.cell("G1")) == "date 45930");

  const auto in_1904 = read_package(
      XlsxParts()
          .set("xl/workbook.xml",
               std::string("<workbook xmlns=\"") + testing::kMainNamespace + "\" xmlns:r=\"" +
                   testing::kRelationshipTypes +
                   "\"><workbookPr date1904=\"1\"/><sheets><sheet name=\"Data\" sheetId=\"1\" "
                   "r:id=\"rId1\"/></sheets></workbook>")
          .set("xl/styles.xml", style_part)
          .sheet(sheet)
          .zip());
  REQUIRE_FALSE(in_1904.failure);
  CHECK(typed(in_1904.cell("A1")) == "date 47392");
  CHECK(typed(in_1904.cell("B1")) == "date 47392.75");
  CHECK(typed(in_1904.cell("C1")) == "date 0.5");      // a duration is not a day: not moved
  CHECK(typed(in_1904.cell("D1")) == "number 45930");  // not a date: left as written
  CHECK(typed(in_1904.cell("G1")) == "date 45930");    // ISO text names the day itself
}

TEST_CASE("numbers styled as percentages are numbers marked as shown in per cent") {
  const auto contents = read_package(
      XlsxParts()
          .set("xl/styles.xml", testing::styles({{164, "0.0%"}}, {0, 164, 10, 2}))
          .sheet(R"(<row r="1"><c r="A1" s="1"><v>0.328</v></c><c r="B1" s="2"><v>0.5</v></c>
                    <c r="C1" s="3"><v>0.5</v></c></row>)")
          .zip());
  REQUIRE_FALSE(contents.failure);
  CHECK(contents.cell("A1")->type == io::CellType::number);
  CHECK(contents.cell("A1")->number == 0.328);
  CHECK(contents.cell("A1")->percent);
  CHECK(contents.cell("B1")->percent);        // built-in 10, "0.00%"
  CHECK_FALSE(contents.cell("C1")->percent);  // built-in 2, "0.00"
}

TEST_CASE("sheet names, order and visibility come from the workbook part") {
  const auto workbook = testing::open_bytes(
      XlsxParts()
          .set("xl/workbook.xml",
               std::string("<workbook xmlns=\"") + testing::kMainNamespace + "\" xmlns:r=\"" +
                   testing::kRelationshipTypes +
                   "\"><sheets><sheet name=\"Q2 &amp; Q3\" sheetId=\"3\" r:id=\"rId1\"/>"
                   "<sheet name=\"Lookups\" sheetId=\"1\" state=\"hidden\" r:id=\"rId1\"/>"
                   "<sheet name=\"Secret\" sheetId=\"2\" state=\"veryHidden\" r:id=\"rId1\"/>"
                   "</sheets></workbook>")
          .zip());
  REQUIRE(workbook);
  const auto& sheets = (*workbook)->sheets();
  REQUIRE(sheets.size() == 3);
  CHECK(sheets[0].name == "Q2 & Q3");
  CHECK(sheets[0].visibility == io::SheetVisibility::visible);
  CHECK(sheets[1].name == "Lookups");
  CHECK(sheets[1].visibility == io::SheetVisibility::hidden);
  CHECK(sheets[2].name == "Secret");
  CHECK(sheets[2].visibility == io::SheetVisibility::very_hidden);
}

TEST_CASE("namespace prefixes such as x:c are read like unprefixed elements") {
  const std::string main = testing::kMainNamespace;
  const std::string relationships = testing::kRelationshipTypes;
  const auto contents = read_package(
      XlsxParts()
          .set("xl/workbook.xml", "<x:workbook xmlns:x=\"" + main + "\" xmlns:rel=\"" +
                                      relationships +
                                      "\"><x:sheets><x:sheet name=\"Data\" sheetId=\"1\" "
                                      "rel:id=\"rId1\"/></x:sheets></x:workbook>")
          .set("xl/sharedStrings.xml",
               "<x:sst xmlns:x=\"" + main + "\"><x:si><x:t>prefixed</x:t></x:si></x:sst>")
          .set("xl/worksheets/sheet1.xml",
               "<x:worksheet xmlns:x=\"" + main +
                   "\"><x:sheetData><x:row x:r=\"2\"><x:c r=\"B2\" t=\"s\"><x:v>0</x:v></x:c>"
                   "<x:c r=\"C2\"><x:v>3</x:v></x:c></x:row></x:sheetData></x:worksheet>")
          .zip());
  REQUIRE_FALSE(contents.failure);
  CHECK(typed(contents.cell("B2")) == "string prefixed");
  CHECK(typed(contents.cell("C2")) == "number 3");
}

TEST_CASE("Strict OOXML, with its purl.oclc.org namespaces and relationship types, is read") {
  const std::string main = "http://purl.oclc.org/ooxml/spreadsheetml/main";
  const std::string relationships = "http://purl.oclc.org/ooxml/officeDocument/relationships";
  auto relation = [&](const std::string& id, const std::string& kind, const std::string& target) {
    return "<Relationship Id=\"" + id + "\" Type=\"" + relationships + "/" + kind + "\" Target=\"" +
           target + "\"/>";
  };
  const std::string package = "http://schemas.openxmlformats.org/package/2006/relationships";
  const auto contents = read_package(
      XlsxParts()
          .set("_rels/.rels", "<Relationships xmlns=\"" + package + "\">" +
                                  relation("rId1", "officeDocument", "xl/workbook.xml") +
                                  "</Relationships>")
          .set("xl/_rels/workbook.xml.rels",
               "<Relationships xmlns=\"" + package + "\">" +
                   relation("rId1", "worksheet", "worksheets/sheet1.xml") +
                   relation("rId2", "sharedStrings", "sharedStrings.xml") + "</Relationships>")
          .set("xl/workbook.xml", "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + relationships +
                                      "\" conformance=\"strict\"><sheets><sheet name=\"Data\" "
                                      "sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")
          .set("xl/sharedStrings.xml", "<sst xmlns=\"" + main + "\"><si><t>strict</t></si></sst>")
          .set("xl/worksheets/sheet1.xml",
               "<worksheet xmlns=\"" + main +
                   "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData>"
                   "</worksheet>")
          .zip());
  REQUIRE_FALSE(contents.failure);
  CHECK(typed(contents.cell("A1")) == "string strict");
}

TEST_CASE("parts are found through absolute, backslashed and odd-case relationship targets") {
  using Relation = XlsxParts::Relation;
  const auto contents = read_package(
      XlsxParts()
          .set("_rels/.rels",
               XlsxParts::relationships({{"rId1", "officeDocument", "/XL/Workbook.xml"}}))
          .remove("xl/workbook.xml")
          .set("xl/WORKBOOK.XML", std::string("<workbook xmlns=\"") + testing::kMainNamespace +
                                      "\" xmlns:r=\"" + testing::kRelationshipTypes +
                                      "\"><sheets><sheet name=\"Data\" sheetId=\"1\" "
                                      "r:id=\"rId7\"/></sheets></workbook>")
          .set("xl/_rels/workbook.xml.rels",
               XlsxParts::relationships({Relation{"rId7", "worksheet", "Sheets\\Data.xml"},
                                         Relation{"rId8", "sharedStrings", "/xl/strings.xml"}}))
          .remove("xl/worksheets/sheet1.xml")
          .set("xl/sheets/data.xml",
               testing::worksheet(R"(<row r="1"><c r="A1" t="s"><v>0</v></c></row>)"))
          .set("xl/strings.xml", testing::shared_strings({"<t>found</t>"}))
          .zip());
  REQUIRE_FALSE(contents.failure);
  CHECK(typed(contents.cell("A1")) == "string found");
}

TEST_CASE("merged ranges are reported, whether or not the sheet was read first") {
  const std::string merges =
      "<mergeCells count=\"3\"><mergeCell ref=\"A1:C2\"/><mergeCell ref=\"E5:D4\"/>"
      "<mergeCell ref=\"H1:F3\"/></mergeCells>";
  const std::string bytes =
      XlsxParts()
          .set("xl/worksheets/sheet1.xml",
               testing::worksheet(R"(<row r="1"><c r="A1"><v>1</v></c></row>)", merges))
          .zip();
  const std::vector<io::CellRange> expected = {
      {{0, 0}, {1, 2}}, {{3, 3}, {4, 4}}, {{0, 5}, {2, 7}}};

  auto unread = testing::open_bytes(bytes);
  REQUIRE(unread);
  auto ranges = (*unread)->merged_ranges(0);
  REQUIRE(ranges);
  CHECK(*ranges == expected);

  auto read = testing::open_bytes(bytes);
  REQUIRE(read);
  REQUIRE_FALSE(testing::read_all(**read).failure);
  ranges = (*read)->merged_ranges(0);
  REQUIRE(ranges);
  CHECK(*ranges == expected);
}

TEST_CASE("returning false from the row handler stops the reading after that row") {
  auto workbook = testing::open_bytes(
      XlsxParts()
          .sheet(R"(<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>
                    <row r="3"><c r="A3"><v>3</v></c></row>)")
          .zip());
  REQUIRE(workbook);
  std::vector<std::uint32_t> seen;
  auto read = (*workbook)->read_sheet(0, [&](const io::Row& row) {
    seen.push_back(row.index);
    return row.index < 1;
  });
  REQUIRE(read);
  CHECK(seen == std::vector<std::uint32_t>{0, 1});
}

TEST_CASE("an exception thrown by the row handler reaches the caller") {
  auto workbook =
      testing::open_bytes(XlsxParts().sheet(R"(<row r="1"><c r="A1"><v>1</v></c></row>)").zip());
  REQUIRE(workbook);
  CHECK_THROWS_AS((*workbook)->read_sheet(
                      0, [](const io::Row&) -> bool { throw std::logic_error("mapping bug"); }),
                  std::logic_error);
}
