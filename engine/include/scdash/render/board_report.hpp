// The board report's draft, board-report.docx and board-report.md: the narrative in the shape of
// the reports the Strategy Board reads (its name, date and title; Introduction; a numbered
// section per outcome with its key points; what is not available; Recommendations; the officer
// to contact; the appendices), its paragraphs numbered on through the document.
//
//   const Narrative narrative = draft_narrative(model, wording, layout);
//   const auto docx = scdash::render::render_board_report_docx(narrative, stamp);
//   const std::string markdown = scdash::render::render_board_report_markdown(narrative);
#pragma once

#include <ctime>
#include <string>

#include "scdash/core/expected.hpp"
#include "scdash/render/narrative.hpp"

namespace scdash::render {

// The Word document, with real heading styles, one numbered list, and its title and language
// in the document properties; fails with libzip's message.
core::Expected<std::string, std::string> render_board_report_docx(const Narrative& narrative,
                                                                  std::time_t created);

// The same text as Markdown, for e-mail and the web page.
std::string render_board_report_markdown(const Narrative& narrative);

}  // namespace scdash::render
