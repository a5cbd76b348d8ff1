// How cells are written out for `scdash cat` and `scdash inspect`: exact numbers, ISO dates,
// escaped JSON and quoted CSV.
#include <catch2/catch.hpp>

#include "scdash/io/cell_text.hpp"

using namespace scdash;
using io::Cell;
using io::CellType;

TEST_CASE("date serials are written in ISO 8601, with the time only when there is one") {
  CHECK(io::iso_8601(45930) == "2025-09-30");
  CHECK(io::iso_8601(45930.5) == "2025-09-30T12:00:00");
  CHECK(io::iso_8601(13.5 / 24) == "13:30:00");
  CHECK(io::iso_8601(0) == "00:00:00");
  CHECK(io::iso_8601(1.5 / 86400) == "00:00:01.500");
  CHECK(io::iso_8601(59) == "1900-02-28");
  CHECK(io::iso_8601(60) == "1900-02-29");  // Excel's phantom day
  CHECK(io::iso_8601(61) == "1900-03-01");
  CHECK(io::iso_8601(45930.999999999) == "2025-10-01");  // rounds to the millisecond
  CHECK(io::iso_8601(45930.99999999) == "2025-09-30T23:59:59.999");
  CHECK(io::iso_8601(-1).empty());
  CHECK(io::iso_8601(2'958'466).empty());
}

TEST_CASE("a cell's value text is exact for numbers and plain for the rest") {
  CHECK(io::value_text({{}, CellType::number, 0.1, {}}) == "0.1");
  CHECK(io::value_text({{}, CellType::number, 1234567.8900000001, {}}) == "1234567.8900000001");
  CHECK(io::value_text({{}, CellType::number, 42, {}}) == "42");
  CHECK(io::value_text({{}, CellType::boolean, 1, {}}) == "TRUE");
  CHECK(io::value_text({{}, CellType::error, 0, "#N/A"}) == "#N/A");
  CHECK(io::value_text({{}, CellType::date, 45930, {}}) == "2025-09-30");
  CHECK(io::value_text({{}, CellType::date, -3, {}}) == "-3");
}

TEST_CASE("a cell becomes one line of JSON with its sheet, address, type and value") {
  std::string out;
  io::append_json_line(out, "Q2 \"final\"", {{6, 1}, CellType::number, 0.1, {}});
  CHECK(out == R"({"sheet":"Q2 \"final\"","cell":"B7","type":"number","value":0.1})");
  out.clear();
  io::append_json_line(out, "S", {{0, 0}, CellType::string, 0, "two\nlines\t\x01"});
  CHECK(out == R"({"sheet":"S","cell":"A1","type":"string","value":"two\nlines\t\u0001"})");
  out.clear();
  io::append_json_line(out, "S", {{0, 27}, CellType::boolean, 0, {}});
  CHECK(out == R"({"sheet":"S","cell":"AB1","type":"bool","value":false})");
  out.clear();
  io::append_json_line(out, "S", {{1, 0}, CellType::date, 45930.5, {}});
  CHECK(out == R"({"sheet":"S","cell":"A2","type":"date","value":"2025-09-30T12:00:00"})");
}

TEST_CASE("CSV fields are quoted only when they need it, and ranges written in A1 form") {
  std::string out;
  io::append_csv_field(out, "plain");
  out += ',';
  io::append_csv_field(out, "a,b \"c\"\nd");
  CHECK(out == "plain,\"a,b \"\"c\"\"\nd\"");
  CHECK(io::range_a1({{0, 0}, {4, 2}}) == "A1:C5");
  CHECK(io::range_a1({{1, 1}, {1, 1}}) == "B2");
}

TEST_CASE("a cell becomes one CSV line with its sheet, address, type and value") {
  const auto line = [](std::string_view sheet, const Cell& cell) {
    std::string out;
    io::append_csv_line(out, sheet, cell);
    return out;
  };
  CHECK(line("Q2, final", {{6, 1}, CellType::number, 0.1, {}}) == "\"Q2, final\",B7,number,0.1");
  CHECK(line("S", {{0, 0}, CellType::string, 0, "say \"hi\", twice"}) ==
        "S,A1,string,\"say \"\"hi\"\", twice\"");
  CHECK(line("S", {{0, 27}, CellType::boolean, 1, {}}) == "S,AB1,bool,TRUE");
  CHECK(line("S", {{1, 0}, CellType::date, 45930.5, {}}) == "S,A2,date,2025-09-30T12:00:00");
  CHECK(line("S", {{2, 2}, CellType::error, 0, "#DIV/0!"}) == "S,C3,error,#DIV/0!");
  CHECK(line("S", {{0, 0}, CellType::number, 1234567.8900000001, {}}) ==
        "S,A1,number,1234567.8900000001");
}
