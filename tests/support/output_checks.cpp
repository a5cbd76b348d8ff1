#include "support/output_checks.hpp"

#include <expat.h>

#include <cstring>

#include <fmt/format.h>

#include "scdash/core/text.hpp"
#include "support/zip_reader.hpp"

namespace scdash::testing {
namespace {

// A recursive-descent reader that only checks: values, nesting, string escapes and UTF-8.
class JsonChecker {
 public:
  explicit JsonChecker(std::string_view text) : text_(text) {}

  std::optional<std::string> check() {
    value();
    space();
    if (!problem_ && at_ != text_.size()) {
      fail("text after the document");
    }
    return problem_;
  }

 private:
  void fail(std::string_view what) {
    if (!problem_) {
      problem_ = fmt::format("{} at byte {}", what, at_);
    }
    at_ = text_.size();
  }

  bool more() const { return !problem_ && at_ < text_.size(); }
  char peek() const { return more() ? text_[at_] : '\0'; }

  void space() {
    while (more() && std::strchr(" \t\r\n", text_[at_]) != nullptr) {
      ++at_;
    }
  }

  void expect(char c) {
    space();
    if (peek() != c) {
      fail(fmt::format("expected '{}'", c));
      return;
    }
    ++at_;
  }

  void value() {
    space();
    switch (peek()) {
      case '{':
        members('}', true);
        break;
      case '[':
        members(']', false);
        break;
      case '"':
        string();
        break;
      default:
        literal_or_number();
    }
  }

  void members(char close, bool keyed) {
    ++at_;
    space();
    if (peek() == close) {
      ++at_;
      return;
    }
    for (;;) {
      if (keyed) {
        space();
        string();
        expect(':');
      }
      value();
      space();
      if (peek() == ',') {
        ++at_;
        continue;
      }
      expect(close);
      return;
    }
  }

  void string() {
    if (peek() != '"') {
      fail("expected a string");
      return;
    }
    ++at_;
    while (more()) {
      const auto byte = static_cast<unsigned char>(text_[at_]);
      if (byte == '"') {
        ++at_;
        return;
      }
      if (byte < 0x20) {
        fail("a raw control character in a string");
      } else if (byte == '\\') {
        escape();
      } else if (const std::size_t length = core::utf8_character_length(text_.substr(at_));
                 length == 0) {
        fail("a byte that is not UTF-8");
      } else {
        at_ += length;
      }
    }
    fail("an unterminated string");
  }

  void escape() {
    ++at_;
    const char kind = peek();
    if (std::strchr("\"\\/bfnrt", kind) != nullptr && kind != '\0') {
      ++at_;
      return;
    }
    if (kind == 'u' && at_ + 5 <= text_.size() &&
        text_.substr(at_ + 1, 4).find_first_not_of("0123456789abcdefABCDEF") ==
            std::string_view::npos) {
      at_ += 5;
      return;
    }
    fail("a bad escape");
  }

  void literal_or_number() {
    for (const std::string_view literal : {"true", "false", "null"}) {
      if (text_.substr(at_).starts_with(literal)) {
        at_ += literal.size();
        return;
      }
    }
    const std::size_t start = at_;
    while (more() && std::strchr("+-0123456789.eE", text_[at_]) != nullptr) {
      ++at_;
    }
    if (at_ == start) {
      fail("expected a value");
    }
  }

  std::string_view text_;
  std::size_t at_ = 0;
  std::optional<std::string> problem_;
};

}  // namespace

std::optional<std::string> json_problem(std::string_view text) {
  return JsonChecker(text).check();
}

std::optional<std::string> xml_problem(std::string_view xml) {
  XML_Parser parser = XML_ParserCreate(nullptr);
  std::optional<std::string> problem;
  if (XML_Parse(parser, xml.data(), static_cast<int>(xml.size()), XML_TRUE) != XML_STATUS_OK) {
    problem = fmt::format("{} at line {}", XML_ErrorString(XML_GetErrorCode(parser)),
                          XML_GetCurrentLineNumber(parser));
  }
  XML_ParserFree(parser);
  return problem;
}

std::vector<std::string> malformed_workbook_parts(const std::string& workbook) {
  std::vector<std::string> malformed;
  for (const std::string& part : zip_entry_names(workbook)) {
    if (part.ends_with(".xml") || part.ends_with(".vml") || part.ends_with(".rels")) {
      if (auto problem = xml_problem(zip_entry(workbook, part))) {
        malformed.push_back(part + ": " + *problem);
      }
    }
  }
  return malformed;
}

}  // namespace scdash::testing
