// A Word document (WordprocessingML) as small as the format allows: paragraphs of plain text in
// a few named styles, one multi-level list (numbered paragraphs with bullets under them), the
// document's title and language, and nothing else. Debian packages no C++ library for Word
// files; this writes the parts Word, LibreOffice and python-docx need, and ECMA-376 accepts.
//
//   WordDocument document{"Safer Communities performance 2025/26 Q2", "en-GB", stamp};
//   document.paragraphs.push_back({ParagraphStyle::heading1, "Introduction"});
//   document.paragraphs.push_back({ParagraphStyle::numbered, "The purpose of this report ..."});
//   const auto bytes = write_word_document(document);
#pragma once

#include <ctime>
#include <string>
#include <vector>

#include "scdash/core/expected.hpp"

namespace scdash::render {

enum class ParagraphStyle {
  title,             // the document's title
  subtitle,          // the lines above it: the board, the date
  heading1,          // a section
  numbered_heading,  // a section numbered in the document's one sequence ("6. Ongoing ...")
  numbered,          // a paragraph numbered in that sequence
  bullet,            // a point under the numbered paragraph before it
  body,              // plain text
};

struct Paragraph {
  ParagraphStyle style = ParagraphStyle::body;
  std::string text;
};

struct WordDocument {
  std::string title;
  std::string language;  // "en-GB"
  std::time_t created = 0;
  std::vector<Paragraph> paragraphs;
};

// The .docx package's bytes, or why libzip could not make them.
core::Expected<std::string, std::string> write_word_document(const WordDocument& document);

}  // namespace scdash::render
