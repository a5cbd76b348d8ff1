// What the CSV reader makes of each way partners' systems write CSV, from files held in memory.
#include <catch2/catch.hpp>

#include "io/csv_parser.hpp"
#include "io/xlsx_fixture.hpp"

using namespace scdash;
using io::CellType;

namespace {

// Every cell of the CSV file `bytes` as "A1=text" lines, the diagnostic that stopped the
// reading if any, and the notes; every cell must be a string.
struct CsvReading {
  std::vector<std::string> cells;
  std::optional<core::Diagnostic> failure;
  core::Diagnostics notes;
  std::string sheet;
};

CsvReading read_csv(std::string bytes, const std::string& name = "police.csv") {
  CsvReading reading;
  auto workbook = testing::open_bytes(std::move(bytes), name);
  REQUIRE(workbook);
  REQUIRE((*workbook)->sheets().size() == 1);
  reading.sheet = (*workbook)->sheets()[0].name;
  const auto contents = testing::read_all(**workbook);
  bool all_strings = true;
  for (const auto& row : contents.rows) {
    for (const auto& cell : row.cells) {
      all_strings = all_strings && cell.type == CellType::string;
      reading.cells.push_back(core::to_a1(cell.ref) + "=" + cell.text);
    }
  }
  CHECK(all_strings);
  reading.failure = contents.failure;
  reading.notes = (*workbook)->notes();
  return reading;
}

using Cells = std::vector<std::string>;

}  // namespace

TEST_CASE("a CSV file is one sheet named after the file, every field a string cell") {
  const auto reading = read_csv("Area,Crimes,Rate\nMelton,007,1.50\n", "returns/police-crime.csv");
  CHECK(reading.sheet == "police-crime");
  CHECK(reading.cells ==
        Cells{"A1=Area", "B1=Crimes", "C1=Rate", "A2=Melton", "B2=007", "C2=1.50"});
  CHECK_FALSE(reading.failure);
  CHECK(reading.notes.empty());
}

TEST_CASE("quoted fields hold delimiters, doubled quotes and line breaks of every kind") {
  const auto reading =
      read_csv("\"a,b\",\"say \"\"hi\"\"\",\"x\r\ny\"\r\n\"\",\"p\nq\",\"r\rs\"\rlast,\"\"\"\"");
  CHECK(reading.cells ==
        Cells{"A1=a,b", "B1=say \"hi\"", "C1=x\r\ny", "B2=p\nq", "C2=r\rs", "A3=last", "B3=\""});
}

TEST_CASE("blank lines keep their row numbers and empty fields are absent cells") {
  const auto reading = read_csv("a,,c\n\n,,\n,e\n");
  CHECK(reading.cells == Cells{"A1=a", "C1=c", "B4=e"});
}

TEST_CASE(
    "a quote inside an unquoted field, or text after a closing quote, is kept as Excel keeps it") {
  const auto reading = read_csv("5\" pipe,\"ab\"cd,x\n");
  CHECK(reading.cells == Cells{"A1=5\" pipe", "B1=abcd", "C1=x"});
}

TEST_CASE("the delimiter is the one that splits the first lines consistently") {
  CHECK(io::detail::detect_delimiter("Area;Rate\nBlaby;1,5\nCharnwood;2,25\n", true) == ';');
  CHECK(io::detail::detect_delimiter("Area\tNote\nBlaby\ta, b; c\n", true) == '\t');
  CHECK(io::detail::detect_delimiter("Area,Note\nBlaby,\"x;y;z\"\n", true) == ',');
  CHECK(io::detail::detect_delimiter("one column\nno delimiter\n", true) == ',');
  // A title line without delimiters does not outvote the table below it.
  CHECK(io::detail::detect_delimiter("Crime return Q2\na;b;c\n1;2;3\n4;5;6\n", true) == ';');
  // An unfinished last line of a sample is not counted.
  CHECK(io::detail::detect_delimiter("a;b\n1;2\n3,4,5,6,7", false) == ';');

  const auto reading = read_csv("Area;Rate\nBlaby;1,5\n");
  CHECK(reading.cells == Cells{"A1=Area", "B1=Rate", "A2=Blaby", "B2=1,5"});
}

TEST_CASE("UTF-8 is read with or without a byte-order mark, and Windows-1252 is converted") {
  CHECK(read_csv("\xEF\xBB\xBF"
                 "Caf\xC3\xA9,\xC2\xA3"
                 "5\n")
            .cells == Cells{"A1=Caf\xC3\xA9",
                            "B1=\xC2\xA3"
                            "5"});
  const auto windows = read_csv(
      "Caf\xE9,\x80"
      "5,\x93quoted\x94\n");
  CHECK(windows.cells == Cells{"A1=Caf\xC3\xA9",
                               "B1=\xE2\x82\xAC"
                               "5",
                               "C1=\xE2\x80\x9Cquoted\xE2\x80\x9D"});
  REQUIRE(windows.notes.size() == 1);
  CHECK(windows.notes[0].code == "csv-windows-1252");
  CHECK(windows.notes[0].severity == core::Severity::info);
}

TEST_CASE("a file larger than one chunk streams, with fields and characters split across chunks") {
  // The reader takes 64 KiB chunks. 655 rows of 100 bytes end at byte 65,500; the quoted field
  // that follows holds a line break and ends with a two-byte character whose first byte is the
  // first chunk's last (65,535).
  std::string bytes;
  for (int i = 0; i < 655; ++i) {
    bytes += std::string(99, 'x') + "\n";
  }
  bytes += "y,\"" + std::string(31, 'z') + "\n\xC3\xA9\"\n";
  REQUIRE(bytes.substr(65'535, 2) == "\xC3\xA9");
  for (int i = 0; i < 5000; ++i) {
    bytes += "row" + std::to_string(i) + ";ignored,\xC3\xA9\n";
  }
  const auto reading = read_csv(bytes);
  REQUIRE_FALSE(reading.failure);
  REQUIRE(reading.cells.size() == 655 + 2 + 2 * 5000);
  CHECK(reading.cells[656] == "B656=" + std::string(31, 'z') + "\n\xC3\xA9");
  CHECK(reading.cells.back() == "B5656=\xC3\xA9");
  CHECK(reading.notes.empty());  // valid UTF-8 across the boundary is not mistaken for 1252
}

TEST_CASE("an unterminated quote is an error naming the row where the field began") {
  const auto reading = read_csv("Area,Crimes\nMelton,12\nBlaby,\"3\nmore\n");
  CHECK(reading.cells == Cells{"A1=Area", "B1=Crimes", "A2=Melton", "B2=12"});
  REQUIRE(reading.failure);
  CHECK(reading.failure->code == "csv-unterminated-quote");
  CHECK(reading.failure->location.to_string() == "police.csv!police!B3");
  CHECK_THAT(reading.failure->message, Catch::Contains("row 3"));
}

TEST_CASE("CSV limits: field length, columns and rows are refused with a diagnostic") {
  SECTION("a field of more than 32,767 characters") {
    const auto reading = read_csv("a," + std::string(32'768, 'x') + "\n");
    REQUIRE(reading.failure);
    CHECK(reading.failure->code == "csv-text-too-long");
    CHECK(reading.failure->location.to_string() == "police.csv!police!B1");
    CHECK(read_csv("a," + std::string(32'767, 'x') + "\n").cells.size() == 2);
  }
  SECTION("a runaway quoted field stops growing at the limit") {
    const auto reading = read_csv("\"" + std::string(200'000, 'x'));
    REQUIRE(reading.failure);
    CHECK(reading.failure->code == "csv-text-too-long");
  }
  SECTION("more than 16,384 columns") {
    const auto reading = read_csv(std::string(16'384, ',') + "\n");
    REQUIRE(reading.failure);
    CHECK(reading.failure->code == "csv-too-many-columns");
  }
  SECTION("more than 1,048,576 rows") {
    std::string bytes;
    for (int i = 0; i < 1'048'577; ++i) {
      bytes += "1\n";
    }
    auto workbook = testing::open_bytes(bytes, "police.csv");
    REQUIRE(workbook);
    std::uint32_t last = 0;
    auto read = (*workbook)->read_sheet(0, [&](const io::Row& row) {
      last = row.index;
      return true;
    });
    REQUIRE_FALSE(read);
    CHECK(read.error().code == "csv-too-many-rows");
    CHECK(last == core::kMaxRows - 1);
  }
}

TEST_CASE("text that is not CSV in a known encoding is refused with a diagnostic") {
  const auto code = [](std::string bytes) {
    auto workbook = testing::open_bytes(std::move(bytes), "police.csv");
    REQUIRE(workbook);
    auto failure = testing::read_all(**workbook).failure;
    return failure ? failure->code : std::string("none");
  };
  CHECK(code(std::string("\xFF\xFE"
                         "A\0,\0",
                         6)) == "csv-unsupported-encoding");
  CHECK(code(std::string("Area\0,x\n", 8)) == "csv-not-text");
  CHECK(code("\xEF\xBB\xBF"
             "Caf\xE9\n") == "csv-invalid-utf8");
  CHECK(code("") == "none");
}

TEST_CASE("reading a CSV sheet can stop early, and a second reading gives the same rows") {
  auto workbook = testing::open_bytes("a\nb\nc\n", "police.csv");
  REQUIRE(workbook);
  int rows = 0;
  REQUIRE((*workbook)->read_sheet(0, [&](const io::Row&) { return ++rows < 2; }));
  CHECK(rows == 2);
  CHECK(testing::read_all(**workbook).rows.size() == 3);
  auto missing = (*workbook)->read_sheet(1, [](const io::Row&) { return true; });
  REQUIRE_FALSE(missing);
  CHECK(missing.error().code == "workbook-no-such-sheet");
}
