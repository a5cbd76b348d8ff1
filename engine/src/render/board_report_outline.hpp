// The board report as a sequence of styled paragraphs: what the Word document and the Markdown
// both write, so that the two say the same in the same order.
#pragma once

#include <vector>

#include "render/word_document.hpp"
#include "scdash/render/narrative.hpp"

namespace scdash::render {

std::vector<Paragraph> board_report_outline(const Narrative& narrative);

}  // namespace scdash::render
