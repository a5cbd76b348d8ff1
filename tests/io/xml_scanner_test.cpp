// The fast XML scanner: it reads what spreadsheet writers write by itself, and wherever it hands
// over to expat, handlers see exactly what they would have seen from expat alone, errors and
// their positions included.
#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "io/xml_scanner.hpp"
#include "support/xml_events.hpp"

using namespace scdash;
using io::detail::XmlScanner;
using io::detail::XmlTokenizer;
using testing::parse_xml;
using testing::scan;
using testing::ScanResult;
using testing::ZipMethod;

namespace {

constexpr std::string_view kDeclaration =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)";

std::string sheet(std::string_view body) {
  return std::string(kDeclaration) +
         "\r\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
         "<sheetData>" +
         std::string(body) + "</sheetData></worksheet>";
}

// Requires the scanner-then-expat reading to be expat's own, event for event and error for error.
void require_as_expat(std::string_view xml, ZipMethod method = ZipMethod::store) {
  const auto fast = parse_xml(xml, XmlTokenizer::scanner_then_expat, method);
  const auto slow = parse_xml(xml, XmlTokenizer::expat_only, method);
  CHECK(fast.log == slow.log);
  REQUIRE(fast.failure.has_value() == slow.failure.has_value());
  if (slow.failure) {
    CHECK(fast.failure->to_string() == slow.failure->to_string());
  }
}

}  // namespace

TEST_CASE("the scanner reads a sheet as spreadsheet writers write it, without expat") {
  const std::string xml = sheet(
      R"(<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>44838.5</v></c>)"
      R"(<c r='C1' t="inlineStr"><is><t xml:space="preserve"> A &amp; B &lt;&#10;&#x263A; </t></is></c></row>)"
      "\n  <x:row r=\"2\"><x:c r=\"A2\" "
      "t=\"str\"><x:f>A1&amp;\"!\"</x:f><x:v>caf\xC3\xA9</x:v></x:c></x:row>\n"
      R"(<row r="3" ht="15" customHeight="1"/>)");
  const ScanResult whole = scan(xml, xml.size());
  CHECK(whole.ending == XmlScanner::Kind::finished);
  CHECK(whole.tokens[0].starts_with("<worksheet xmlns="));
  CHECK(std::find(whole.tokens.begin(), whole.tokens.end(), "text: A & B <\n\xE2\x98\xBA ") !=
        whole.tokens.end());
  CHECK(std::find(whole.tokens.begin(), whole.tokens.end(), "<x:c r=A2 t=str>") !=
        whole.tokens.end());
  CHECK(std::find(whole.tokens.begin(), whole.tokens.end(), "<row r=3 ht=15 customHeight=1/>") !=
        whole.tokens.end());

  SECTION("in any pieces, a byte at a time included") {
    for (const std::size_t chunk : {1, 2, 3, 7, 64}) {
      INFO("chunk " << chunk);
      const ScanResult pieces = scan(xml, chunk);
      CHECK(pieces.ending == XmlScanner::Kind::finished);
      CHECK(pieces.tokens == whole.tokens);
    }
  }
  SECTION("and as expat reads it") {
    require_as_expat(xml);
  }
}

TEST_CASE("the scanner hands over to expat at the first thing outside its subset") {
  struct Case {
    const char* what;
    std::string xml;
    std::string prologue;  // the open elements expat is primed with
  };
  const std::vector<Case> cases = {
      {"a comment", sheet("<row><!-- note --></row>"), "<worksheet><sheetData><row>"},
      {"CDATA", sheet("<row><c t=\"str\"><v><![CDATA[x<y]]></v></c></row>"),
       "<worksheet><sheetData><row><c><v>"},
      {"a processing instruction", sheet("<?mso-application progid?>"), "<worksheet><sheetData>"},
      {"a non-ASCII name", sheet("<r\xC3\xA9/>"), "<worksheet><sheetData>"},
      {"a comment after the root", sheet("") + "<!-- end -->", "<worksheet/>"},
      {"another encoding", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>\xE9</a>", ""},
      {"a DOCTYPE", "<!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>", ""},
  };
  for (const auto& [what, xml, prologue] : cases) {
    INFO(what);
    const ScanResult result = scan(xml, xml.size());
    CHECK(result.ending == XmlScanner::Kind::unsupported);
    CHECK(result.prologue == prologue);
    require_as_expat(xml);
  }
}

TEST_CASE("documents the scanner cannot read whole read as expat reads them") {
  const std::vector<std::string> documents = {
      "<?xml version='1.0' encoding='utf-8'?><a b='1' c=\"2\"/>",
      "\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<a>\xEF\xBB\xBF</a>",
      "\xEF\xBB\xBF<a/>",
      "<?xml version=\"1.1\"?><a/>",
      "<?xml version=\"1.0\" standalone=\"maybe\"?><a/>",
      "<?xml encoding=\"UTF-8\"?><a/>",
      "<?xml version=1.0?><a/>",
      "<?xml-stylesheet href=\"a\"?><a/>",
      "  <a/>",
      std::string("\xFF\xFE<\0a\0/\0>\0", 10),  // UTF-16, little-endian
      "<a>\t\n</a>  \n ",
      "<a>1\r\n2\r3\n\r4\r\r\n</a>\r\n\r",
      "<a\r\nb=\"x\r\ny\rz\"\r/>",
      "<a b=\"x\ty\nz\" c=\"&#9;&#10;\"/>",
      "<a b=\"1\" b=\"2\"/>",
      "<a x:b=\"1\" y:b=\"2\"/>",
      "<a b=\"1\"c=\"2\"/>",
      "<a b/>",
      "<a b=1/>",
      "<a b=\"<\"/>",
      "<a b=\"]]>\"/>",
      "<a>]]></a>",
      "<a>]]</a>",
      "<a>&#0;</a>",
      "<a>&#xD800;</a>",
      "<a>&#x110000;</a>",
      "<a>&#99999999999;</a>",
      "<a>&#X41;</a>",
      "<a>&#x;</a>",
      "<a>&nbsp;</a>",
      "<a>&amp</a>",
      "<a>&#65;&#x42;&#x10FFFF;&quot;&apos;&gt;</a>",
      "<a>\x01</a>",
      "<a>\x7F\xC2\x80</a>",
      "<a>\xC0\xAF</a>",
      "<a>\xE0\x80\xAF</a>",
      "<a>\xED\xA0\x80</a>",
      "<a>\xEF\xBF\xBE</a>",
      "<a>\xF4\x90\x80\x80</a>",
      "<a>\xC3</a>",
      "<a></b>",
      "<a><b></a>",
      "<a>",
      "<a",
      "<a b=\"1",
      "",
      "   ",
      "<a/><b/>",
      "<a/>text",
      "<a/ >",
      "<a ></a >",
      "<:a _b=\"1\" c.d-e=\"2\"></:a>",
      "<1a/>",
      "<a>x</a>\n<!-- c --><?pi?>\n",
  };
  for (const std::string& xml : documents) {
    INFO(xml);
    require_as_expat(xml);
  }
}

TEST_CASE("expat taking over mid-document reports its errors at their place in the part") {
  // Lines before, multi-byte characters before the error on its own line, a byte order mark.
  const std::vector<std::string> documents = {
      sheet("<row>\n<c>\xC3\xA9\xE2\x82\xAC</c><!-- fine -->\n<c>caf\xC3\xA9</d></row>"),
      sheet("<row><c>\xC3\xA9</c><!-- x --><c>&bad;</c></row>"),
      "\xEF\xBB\xBF" + sheet("<row><c>\xC3\xA9</c><c>&bad;</c></row>"),
      "\xEF\xBB\xBF<a>\xC3\xA9<b>x</b><!-- -- --></a>",
      sheet("<row/>") + "<!-- after -->junk",
      sheet("<row>\r\n<c>1\r2\r\n</c><!-- x -->\r\n<c>\xC3\xA9</d></row>"),
      sheet("<row/>") + "\r\n\r\r\njunk",
  };
  for (const std::string& xml : documents) {
    INFO(xml);
    require_as_expat(xml);
    require_as_expat(xml, ZipMethod::deflate);
  }
}

TEST_CASE("a long part hands over to expat part-way through, from one chunk to the next") {
  // Over a megabyte, so that the part is inflated on the second thread in several chunks.
  std::string rows;
  for (int row = 1; rows.size() < 3'000'000; ++row) {
    const std::string n = std::to_string(row);
    rows += "<row r=\"" + n + "\"><c r=\"A" + n + "\" t=\"s\"><v>" + n + "</v></c><c r=\"B" + n +
            "\"><v>" + n + ".25</v></c></row>";
    if (row == 40'000) {
      rows += "<!-- a comment part-way -->\n";
    }
  }
  SECTION("and reads on to the end") {
    require_as_expat(sheet(rows), ZipMethod::deflate);
  }
  SECTION("and names an error beyond the handover") {
    require_as_expat(sheet(rows + "<row><c>\xC3\xA9</x></row>"), ZipMethod::deflate);
  }
  SECTION("or within a token longer than the scanner buffers") {
    const std::string long_text(XmlScanner::kMaxTokenBytes + 10, 'x');
    require_as_expat(sheet(rows + "<row><c t=\"str\"><v>" + long_text + "</v></c></row>"),
                     ZipMethod::deflate);
  }
}

TEST_CASE("a token over the scanner's limit goes to expat however the input is cut") {
  const std::string long_text(XmlScanner::kMaxTokenBytes, 'x');
  const std::string long_name(XmlScanner::kMaxTokenBytes, 'n');
  for (const std::string& xml : {"<a>" + long_text + "</a>", "<a><" + long_name + "/></a>",
                                 "<a></a" + std::string(XmlScanner::kMaxTokenBytes, ' ') + ">",
                                 std::string(XmlScanner::kMaxTokenBytes, ' ') + "<a/>"}) {
    for (const std::size_t chunk : {std::size_t{64 * 1024}, xml.size()}) {
      INFO("chunk " << chunk);
      CHECK(scan(xml, chunk).ending == XmlScanner::Kind::unsupported);
    }
  }
  const std::string shorter(XmlScanner::kMaxTokenBytes - 8, 'x');
  CHECK(scan("<a>" + shorter + "</a>", 64 * 1024).ending == XmlScanner::Kind::finished);
}

TEST_CASE("a tag with more attributes than the scanner checks goes to expat") {
  std::string many = "<a";
  for (std::size_t i = 0; i <= XmlScanner::kMaxAttributes; ++i) {
    many += " a" + std::to_string(i) + "=\"" + std::to_string(i) + "\"";
  }
  CHECK(scan(many + "/>", 1024).ending == XmlScanner::Kind::unsupported);
  require_as_expat(many + "/>");
  require_as_expat(many + " a3=\"again\"/>");
}
