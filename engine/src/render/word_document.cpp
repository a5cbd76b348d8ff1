#include "render/word_document.hpp"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include "render/xml_text.hpp"
#include "render/zip_package.hpp"
#include "scdash/core/text.hpp"

namespace scdash::render {
namespace {

constexpr const char* kDeclaration =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr const char* kWordNamespace =
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char* kRelationships =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
// The one list every numbered paragraph and bullet belongs to (numbering.xml's w:num).
constexpr int kListId = 1;

std::string content_types() {
  constexpr const char* kWordML = "application/vnd.openxmlformats-officedocument.wordprocessingml";
  return fmt::format(
      "{0}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"rels\" "
      "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      "<Override PartName=\"/word/document.xml\" ContentType=\"{1}.document.main+xml\"/>"
      "<Override PartName=\"/word/styles.xml\" ContentType=\"{1}.styles+xml\"/>"
      "<Override PartName=\"/word/numbering.xml\" ContentType=\"{1}.numbering+xml\"/>"
      "<Override PartName=\"/word/settings.xml\" ContentType=\"{1}.settings+xml\"/>"
      "<Override PartName=\"/docProps/core.xml\" "
      "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
      "<Override PartName=\"/docProps/app.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
      "</Types>",
      kDeclaration, kWordML);
}

std::string relationships(const std::vector<std::pair<std::string, std::string>>& targets) {
  std::string xml = fmt::format(
      "{}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">",
      kDeclaration);
  int id = 1;
  for (const auto& [type, target] : targets) {
    xml +=
        fmt::format("<Relationship Id=\"rId{}\" Type=\"{}\" Target=\"{}\"/>", id++, type, target);
  }
  return xml + "</Relationships>";
}

std::string package_relationships() {
  return relationships(
      {{fmt::format("{}/officeDocument", kRelationships), "word/document.xml"},
       {"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
        "docProps/core.xml"},
       {fmt::format("{}/extended-properties", kRelationships), "docProps/app.xml"}});
}

std::string document_relationships() {
  return relationships({{fmt::format("{}/styles", kRelationships), "styles.xml"},
                        {fmt::format("{}/numbering", kRelationships), "numbering.xml"},
                        {fmt::format("{}/settings", kRelationships), "settings.xml"}});
}

// Arial 12 point, as board papers are set; headings bold, kept with what follows, and in the
// outline, so that a screen reader and Word's navigation pane find them.
std::string styles(const std::string& language) {
  const std::string lang = escape_xml(language);
  return fmt::format(
      "{0}<w:styles xmlns:w=\"{1}\">"
      "<w:docDefaults><w:rPrDefault><w:rPr>"
      "<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:eastAsia=\"Arial\" w:cs=\"Arial\"/>"
      "<w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>"
      "<w:lang w:val=\"{2}\" w:eastAsia=\"{2}\" w:bidi=\"{2}\"/>"
      "</w:rPr></w:rPrDefault>"
      "<w:pPrDefault><w:pPr><w:spacing w:after=\"160\" w:line=\"264\" w:lineRule=\"auto\"/>"
      "</w:pPr></w:pPrDefault></w:docDefaults>"
      "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name "
      "w:val=\"Normal\"/>"
      "<w:qFormat/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/>"
      "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>"
      "<w:pPr><w:spacing w:before=\"120\" w:after=\"360\"/></w:pPr>"
      "<w:rPr><w:b/><w:bCs/><w:caps/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"Subtitle\"><w:name w:val=\"Subtitle\"/>"
      "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>"
      "<w:pPr><w:spacing w:after=\"240\"/></w:pPr>"
      "<w:rPr><w:b/><w:bCs/><w:caps/></w:rPr></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"
      "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>"
      "<w:pPr><w:keepNext/><w:spacing w:before=\"360\" w:after=\"160\"/>"
      "<w:outlineLvl w:val=\"0\"/></w:pPr>"
      "<w:rPr><w:b/><w:bCs/><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/></w:rPr></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/>"
      "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>"
      "<w:pPr><w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/>"
      "<w:outlineLvl w:val=\"1\"/></w:pPr>"
      "<w:rPr><w:b/><w:bCs/></w:rPr></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"ListParagraph\">"
      "<w:name w:val=\"List Paragraph\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/>"
      "<w:pPr><w:ind w:left=\"720\"/></w:pPr></w:style>"
      "</w:styles>",
      kDeclaration, kWordNamespace, lang);
}

// One list: "1." at the first level, running on through the document as board papers number
// their paragraphs, and a bullet at the second.
std::string numbering() {
  return fmt::format(
      "{}<w:numbering xmlns:w=\"{}\">"
      "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"multilevel\"/>"
      "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>"
      "<w:lvlText w:val=\"%1.\"/><w:lvlJc w:val=\"left\"/>"
      "<w:pPr><w:ind w:left=\"567\" w:hanging=\"567\"/></w:pPr></w:lvl>"
      "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/>"
      "<w:lvlText w:val=\"\u2022\"/><w:lvlJc w:val=\"left\"/>"
      "<w:pPr><w:ind w:left=\"1134\" w:hanging=\"567\"/></w:pPr></w:lvl>"
      "</w:abstractNum>"
      "<w:num w:numId=\"{}\"><w:abstractNumId w:val=\"0\"/></w:num>"
      "</w:numbering>",
      kDeclaration, kWordNamespace, kListId);
}

std::string settings() {
  return fmt::format(
      "{}<w:settings xmlns:w=\"{}\"><w:defaultTabStop w:val=\"720\"/>"
      "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
      "<w:compat><w:compatSetting w:name=\"compatibilityMode\" "
      "w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
      "</w:settings>",
      kDeclaration, kWordNamespace);
}

std::string core_properties(const WordDocument& document) {
  return fmt::format(
      "{}<cp:coreProperties "
      "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
      "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
      "<dc:title>{}</dc:title><dc:creator>scdash</dc:creator><dc:language>{}</dc:language>"
      "<dcterms:created xsi:type=\"dcterms:W3CDTF\">{:%Y-%m-%dT%H:%M:%SZ}</dcterms:created>"
      "</cp:coreProperties>",
      kDeclaration, escape_xml(document.title), escape_xml(document.language),
      fmt::gmtime(document.created));
}

std::string app_properties() {
  return fmt::format(
      "{}<Properties "
      "xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
      "<Application>scdash</Application><AppVersion>{}</AppVersion></Properties>",
      kDeclaration, SCDASH_VERSION);
}

// The paragraph's properties: its style and, in the list, its level.
std::string paragraph_properties(ParagraphStyle style) {
  const auto in_list = [](const char* style_id, int level) {
    return fmt::format(
        "<w:pPr><w:pStyle w:val=\"{}\"/><w:numPr><w:ilvl w:val=\"{}\"/><w:numId w:val=\"{}\"/>"
        "</w:numPr></w:pPr>",
        style_id, level, kListId);
  };
  switch (style) {
    case ParagraphStyle::title:
      return "<w:pPr><w:pStyle w:val=\"Title\"/></w:pPr>";
    case ParagraphStyle::subtitle:
      return "<w:pPr><w:pStyle w:val=\"Subtitle\"/></w:pPr>";
    case ParagraphStyle::heading1:
      return "<w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>";
    case ParagraphStyle::numbered_heading:
      return in_list("Heading2", 0);
    case ParagraphStyle::numbered:
      return in_list("ListParagraph", 0);
    case ParagraphStyle::bullet:
      return in_list("ListParagraph", 1);
    case ParagraphStyle::body:
      break;
  }
  return {};
}

std::string document_part(const WordDocument& document) {
  std::string xml =
      fmt::format("{}<w:document xmlns:w=\"{}\"><w:body>", kDeclaration, kWordNamespace);
  for (const auto& paragraph : document.paragraphs) {
    // Text from a partner's return (a reason a figure is missing) may hold control characters,
    // which XML 1.0 cannot: they are written as visible escapes.
    const std::string text =
        core::escape_control_characters(core::valid_utf8(paragraph.text), core::LineBreaks::escape);
    xml += fmt::format("<w:p>{}<w:r><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>",
                       paragraph_properties(paragraph.style), escape_xml(text));
  }
  // A4 portrait with inch margins, as the council's templates are.
  return xml +
         "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
         "<w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\" "
         "w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>";
}

}  // namespace

core::Expected<std::string, std::string> write_word_document(const WordDocument& document) {
  return zip_package({
      {"[Content_Types].xml", content_types()},
      {"_rels/.rels", package_relationships()},
      {"word/document.xml", document_part(document)},
      {"word/_rels/document.xml.rels", document_relationships()},
      {"word/styles.xml", styles(document.language)},
      {"word/numbering.xml", numbering()},
      {"word/settings.xml", settings()},
      {"docProps/core.xml", core_properties(document)},
      {"docProps/app.xml", app_properties()},
  });
}

}  // namespace scdash::render
