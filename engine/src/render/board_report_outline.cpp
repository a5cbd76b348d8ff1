#include "render/board_report_outline.hpp"

#include <fmt/format.h>

namespace scdash::render {
namespace {

// An indicator's statements as one point, sentence after sentence.
std::string point_text(const IndicatorPoint& point) {
  std::vector<std::string> sentences;
  for (const auto& statement : point.statements) {
    sentences.push_back(statement.text);
  }
  return fmt::format("{}", fmt::join(sentences, " "));
}

void add_all(std::vector<Paragraph>& paragraphs, ParagraphStyle style,
             const std::vector<std::string>& texts) {
  for (const auto& text : texts) {
    paragraphs.push_back({style, text});
  }
}

}  // namespace

std::vector<Paragraph> board_report_outline(const Narrative& narrative) {
  std::vector<Paragraph> paragraphs;
  if (!narrative.board.empty()) {
    paragraphs.push_back({ParagraphStyle::subtitle, narrative.board});
  }
  paragraphs.push_back({ParagraphStyle::subtitle, narrative.date});
  paragraphs.push_back({ParagraphStyle::title, narrative.title});

  paragraphs.push_back({ParagraphStyle::heading1, narrative.headings.introduction});
  add_all(paragraphs, ParagraphStyle::numbered, narrative.introduction);
  if (!narrative.key_points.empty()) {
    paragraphs.push_back({ParagraphStyle::body, narrative.key_points});
  }
  for (const auto& outcome : narrative.outcomes) {
    if (outcome.points.empty()) {
      continue;
    }
    paragraphs.push_back({ParagraphStyle::numbered_heading, outcome.name});
    for (const auto& point : outcome.points) {
      paragraphs.push_back({ParagraphStyle::bullet, point_text(point)});
    }
  }
  if (!narrative.not_available.empty()) {
    paragraphs.push_back({ParagraphStyle::numbered_heading, narrative.headings.not_available});
    for (const auto& point : narrative.not_available) {
      paragraphs.push_back({ParagraphStyle::bullet, point_text(point)});
    }
  }
  paragraphs.push_back({ParagraphStyle::heading1, narrative.headings.recommendations});
  add_all(paragraphs, ParagraphStyle::numbered, narrative.recommendations);
  paragraphs.push_back({ParagraphStyle::heading1, narrative.headings.contact});
  add_all(paragraphs, ParagraphStyle::body, narrative.contact);
  if (!narrative.appendices.empty()) {
    paragraphs.push_back({ParagraphStyle::heading1, narrative.headings.appendices});
    add_all(paragraphs, ParagraphStyle::body, narrative.appendices);
  }
  return paragraphs;
}

}  // namespace scdash::render
