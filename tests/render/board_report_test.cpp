#include <regex>

#include <fmt/format.h>
#include <catch2/catch.hpp>

#include "render/render_fixture.hpp"
#include "scdash/render/board_report.hpp"
#include "support/zip_reader.hpp"

using namespace scdash;

namespace {

render::Narrative drafted(const templates::NarrativeWording& wording = {}) {
  const testing::RenderFixture fixture;
  return render::draft_narrative(fixture.model, wording, {});
}

std::string document_xml(const render::Narrative& narrative) {
  const auto docx = render::render_board_report_docx(narrative, 1759276800);
  REQUIRE(docx);
  return testing::zip_entry(*docx, "word/document.xml");
}

// Each paragraph of document.xml as "style level: text", the level "-" outside the list.
std::vector<std::string> paragraphs(const std::string& xml) {
  static const std::regex paragraph(
      "<w:p>(?:<w:pPr><w:pStyle w:val=\"(\\w+)\"/>(?:<w:numPr><w:ilvl w:val=\"(\\d)\"/>"
      "<w:numId w:val=\"1\"/></w:numPr>)?</w:pPr>)?<w:r><w:t xml:space=\"preserve\">([^<]*)"
      "</w:t></w:r></w:p>");
  std::vector<std::string> found;
  for (auto match = std::sregex_iterator(xml.begin(), xml.end(), paragraph);
       match != std::sregex_iterator(); ++match) {
    found.push_back(fmt::format("{} {}: {}", (*match)[1].matched ? (*match)[1].str() : "Normal",
                                (*match)[2].matched ? (*match)[2].str() : "-", (*match)[3].str()));
  }
  return found;
}

}  // namespace

TEST_CASE("the board report is the board paper's shape: frame, numbered sections, key points") {
  templates::NarrativeWording wording;
  wording.report.board = "Safer Communities Strategy Board";
  wording.report.introduction = {"One.", "Two."};
  wording.report.contact = {"A. Officer"};
  const std::vector<std::string> found = paragraphs(document_xml(drafted(wording)));
  CHECK(found == std::vector<std::string>{
                     "Subtitle -: Safer Communities Strategy Board",
                     "Subtitle -: [Date of the meeting]",
                     "Title -: Safer Communities Performance Dashboard: 2025/26 Q2 report",
                     "Heading1 -: Introduction",
                     "ListParagraph 0: One.",
                     "ListParagraph 0: Two.",
                     "Normal -: Key points of the dashboard are summarised below.",
                     "Heading2 0: Ongoing reductions in crime",
                     "ListParagraph 1: Total crime rate has improved, from 535.93 to 519.25 "
                     "(-3.1% on the previous year). Blaby is significantly better than "
                     "Leicestershire as a whole.",
                     "Heading1 -: Recommendations",
                     "ListParagraph 0: That the Board notes the 2025/26 Q2 performance dashboard.",
                     "Heading1 -: Officers to contact",
                     "Normal -: A. Officer",
                     "Heading1 -: Appendices",
                     "Normal -: Appendix 1 \u2013 Safer Communities Performance Dashboard, "
                     "2025/26 Q2",
                 });
}

TEST_CASE("the Word document has its styles, one numbered list, its title and its language") {
  const auto docx = render::render_board_report_docx(drafted(), 1759276800);
  REQUIRE(docx);
  CHECK(testing::zip_entry_names(*docx) ==
        std::vector<std::string>{"[Content_Types].xml", "_rels/.rels", "word/document.xml",
                                 "word/_rels/document.xml.rels", "word/styles.xml",
                                 "word/numbering.xml", "word/settings.xml", "docProps/core.xml",
                                 "docProps/app.xml"});
  const std::string core = testing::zip_entry(*docx, "docProps/core.xml");
  CHECK_THAT(core, Catch::Contains("<dc:title>Safer Communities Performance Dashboard: 2025/26 Q2 "
                                   "report</dc:title>"));
  CHECK_THAT(core, Catch::Contains("<dc:language>en-GB</dc:language>"));
  CHECK_THAT(core, Catch::Contains(">2025-10-01T00:00:00Z</dcterms:created>"));
  const std::string styles = testing::zip_entry(*docx, "word/styles.xml");
  CHECK_THAT(styles, Catch::Contains("<w:lang w:val=\"en-GB\""));
  CHECK_THAT(styles, Catch::Contains("<w:name w:val=\"heading 1\"/>"));
  CHECK_THAT(styles, Catch::Contains("<w:outlineLvl w:val=\"0\"/>"));
  const std::string numbering = testing::zip_entry(*docx, "word/numbering.xml");
  CHECK_THAT(numbering, Catch::Contains("<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/>"));
  CHECK_THAT(numbering, Catch::Contains("<w:numFmt w:val=\"bullet\"/>"));
}

TEST_CASE("the same narrative gives the same bytes") {
  const render::Narrative narrative = drafted();
  CHECK(render::render_board_report_docx(narrative, 1759276800).value() ==
        render::render_board_report_docx(narrative, 1759276800).value());
}

TEST_CASE("text from a return is escaped in the document, never breaking its XML") {
  templates::NarrativeWording wording;
  wording.report.contact = {"Safer <Rutland> & \"Melton\"", "bell\x07 here", "bad \xff byte"};
  const std::string xml = document_xml(drafted(wording));
  CHECK_THAT(xml, Catch::Contains("Safer &lt;Rutland&gt; &amp; &quot;Melton&quot;"));
  CHECK_THAT(xml, Catch::Contains("bell\\x07 here"));
  CHECK_THAT(xml, Catch::Contains("bad \xEF\xBF\xBD byte"));  // the replacement character
}

TEST_CASE("the Markdown says what the document says, numbered the same") {
  templates::NarrativeWording wording;
  wording.report.board = "Safer Communities Strategy Board";
  wording.report.introduction = {"One.", "Two."};
  wording.report.contact = {"[Name]"};
  CHECK(render::render_board_report_markdown(drafted(wording)) ==
        "**Safer Communities Strategy Board**\n\n"
        "**\\[Date of the meeting\\]**\n\n"
        "# Safer Communities Performance Dashboard: 2025/26 Q2 report\n\n"
        "## Introduction\n\n"
        "1\\. One.\n\n"
        "2\\. Two.\n\n"
        "Key points of the dashboard are summarised below.\n\n"
        "### 3. Ongoing reductions in crime\n\n"
        "- Total crime rate has improved, from 535.93 to 519.25 (-3.1% on the previous year). "
        "Blaby is significantly better than Leicestershire as a whole.\n\n"
        "## Recommendations\n\n"
        "4\\. That the Board notes the 2025/26 Q2 performance dashboard.\n\n"
        "## Officers to contact\n\n"
        "\\[Name\\]\n\n"
        "## Appendices\n\n"
        "Appendix 1 \u2013 Safer Communities Performance Dashboard, 2025/26 Q2\n");
}
