// Hostile workbooks, read by the scdash program under limits of time and memory: each gives a
// clear answer, a diagnostic or the cells it holds, never a crash, a hang or unbounded memory.
#include <catch2/catch.hpp>

#include <filesystem>
#include <random>

#include <fmt/format.h>

#include "io/xlsx_fixture.hpp"
#include "support/run_program.hpp"

using namespace scdash;
using testing::XlsxParts;
namespace fs = std::filesystem;

namespace {

// `scdash cat` on the workbook, killed after a minute (three under the sanitizers, which slow
// it down tenfold), and (outside sanitizer builds, whose shadow memory needs more address
// space) refused more than 1 GiB of memory, or `kibibytes`.
testing::ProgramResult cat_within_limits(
    const std::string& bytes, [[maybe_unused]] const std::string& kibibytes = "1048576") {
  const testing::TemporaryFolder work;
  testing::write_file(work.path() / "hostile.xlsx", bytes);
#if defined(__SANITIZE_ADDRESS__)
  const std::string limit = "exec timeout 180";
#else
  const std::string limit = "ulimit -v " + kibibytes + "; exec timeout 60";
#endif
  const auto result = testing::run_program(
      {"/bin/sh", "-c", limit + " \"$0\" cat hostile.xlsx --format csv", SCDASH_EXE}, work.path());
  INFO(result.err.substr(0, 2000));
  CHECK(result.exit_status != 124);  // timed out: a hang
  CHECK(result.exit_status < 128);   // killed by a signal: a crash, or memory refused
  return result;
}

std::string cells(int count, const std::string& cell) {
  std::string xml;
  xml.reserve(static_cast<std::size_t>(count) * (cell.size() + 20));
  for (int row = 1; row <= count / 1000; ++row) {
    xml += "<row r=\"" + std::to_string(row) + "\">";
    for (int column = 0; column < 1000; ++column) {
      xml += cell;
    }
    xml += "</row>";
  }
  return xml;
}

}  // namespace

TEST_CASE("a million empty styled cells are read in bounded time and memory, and give nothing") {
  XlsxParts parts;
  parts.set("xl/styles.xml", testing::styles({}, {0, 0}));
  parts.sheet(cells(1'000'000, "<c s=\"1\"/>"));
  const auto result = cat_within_limits(parts.zip());
  CHECK(result.exit_status == 0);
  CHECK(result.out == "sheet,cell,type,value\n");
}

TEST_CASE("a workbook of 10,000 sheets is read sheet by sheet") {
  XlsxParts parts;
  std::string sheets;
  std::vector<XlsxParts::Relation> relations;
  for (int i = 1; i <= 10'000; ++i) {
    const std::string n = std::to_string(i);
    sheets += "<sheet name=\"S" + n + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
    relations.push_back({"rId" + n, "worksheet", "worksheets/sheet" + n + ".xml"});
    parts.set("xl/worksheets/sheet" + n + ".xml",
              testing::worksheet("<row r=\"1\"><c r=\"A1\"><v>" + n + "</v></c></row>"));
  }
  parts.set("xl/workbook.xml", std::string("<workbook xmlns=\"") + testing::kMainNamespace +
                                   "\" xmlns:r=\"" + testing::kRelationshipTypes + "\"><sheets>" +
                                   sheets + "</sheets></workbook>");
  parts.set("xl/_rels/workbook.xml.rels", XlsxParts::relationships(relations));
  const auto result = cat_within_limits(parts.zip());
  CHECK(result.exit_status == 0);
  CHECK(result.out.find("S10000,A1,number,10000\n") != std::string::npos);
}

TEST_CASE("a merged range over the whole sheet is reported, not allocated") {
  XlsxParts parts;
  parts.set("xl/worksheets/sheet1.xml",
            testing::worksheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>",
                               "<mergeCells count=\"1\"><mergeCell ref=\"A1:XFD1048576\"/>"
                               "</mergeCells>"));
  const auto result = cat_within_limits(parts.zip());
  CHECK(result.exit_status == 0);
  CHECK(result.out.find("Data,A1,number,1\n") != std::string::npos);
}

TEST_CASE("invalid UTF-8 in the shared strings is an error naming the part") {
  XlsxParts parts;
  parts.set("xl/sharedStrings.xml", testing::shared_strings({"<t>Blaby \xC3\x28 district</t>"}));
  parts.sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>");
  const auto result = cat_within_limits(parts.zip());
  CHECK(result.exit_status == 3);
  CHECK(result.err.find("hostile.xlsx") != std::string::npos);
  CHECK(result.err.find("sharedStrings.xml") != std::string::npos);
}

TEST_CASE("twenty million unclosed elements after a comment are refused in bounded memory") {
  // The comment hands the part to expat, which would keep every open element (about 140 bytes a
  // level, 2.8 GB in all) if the depth were not bounded. A random attribute every thousand
  // levels keeps the part compressible less than a zip bomb is: the zip is under 400 KB.
  std::string unclosed = std::string("<worksheet xmlns=\"") + testing::kMainNamespace +
                         "\"><sheetData><!-- from here expat reads --><row r=\"1\">";
  unclosed.reserve(unclosed.size() + 3 * 20'000'000 + 25 * 20'000);
  std::mt19937_64 random(18);
  for (int thousands = 0; thousands < 20'000; ++thousands) {
    unclosed += fmt::format("<x a=\"{:016x}\">", random());
    for (int i = 1; i < 1'000; ++i) {
      unclosed += "<x>";
    }
  }
  XlsxParts parts;
  parts.set("xl/worksheets/sheet1.xml", unclosed);
  const auto result = cat_within_limits(parts.zip(), "409600");
  CHECK(result.exit_status == 3);
  CHECK(result.err.find("[xlsx-too-deep]") != std::string::npos);
}
