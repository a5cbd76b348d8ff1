#include "scdash/render/board_report.hpp"

#include <fmt/format.h>

#include "render/board_report_outline.hpp"

namespace scdash::render {
namespace {

// Characters Markdown would read as formatting at the start of a line or inside it.
std::string escape_markdown(const std::string& text) {
  std::string escaped;
  for (const char c : text) {
    if (c == '\\' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<' ||
        c == '#') {
      escaped += '\\';
    }
    escaped += c;
  }
  return escaped;
}

}  // namespace

core::Expected<std::string, std::string> render_board_report_docx(const Narrative& narrative,
                                                                  std::time_t created) {
  return write_word_document(
      {narrative.title, narrative.language, created, board_report_outline(narrative)});
}

std::string render_board_report_markdown(const Narrative& narrative) {
  std::string markdown;
  int number = 0;
  for (const auto& paragraph : board_report_outline(narrative)) {
    const std::string text = escape_markdown(paragraph.text);
    switch (paragraph.style) {
      case ParagraphStyle::title:
        markdown += fmt::format("# {}\n\n", text);
        break;
      case ParagraphStyle::subtitle:
        markdown += fmt::format("**{}**\n\n", text);
        break;
      case ParagraphStyle::heading1:
        markdown += fmt::format("## {}\n\n", text);
        break;
      case ParagraphStyle::numbered_heading:
        markdown += fmt::format("### {}. {}\n\n", ++number, text);
        break;
      case ParagraphStyle::numbered:
        // Markdown would renumber a list from 1; the number is the text's own.
        markdown += fmt::format("{}\\. {}\n\n", ++number, text);
        break;
      case ParagraphStyle::bullet:
        markdown += fmt::format("- {}\n\n", text);
        break;
      case ParagraphStyle::body:
        markdown += fmt::format("{}\n\n", text);
        break;
    }
  }
  markdown.pop_back();  // one newline at the end
  return markdown;
}

}  // namespace scdash::render
