#include "scdash/core/json_writer.hpp"

#include <cmath>

#include <fmt/format.h>

#include "scdash/core/number_text.hpp"
#include "scdash/core/text.hpp"

namespace scdash::core {

void append_json_string(std::string& out, std::string_view text) {
  out += '"';
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (static_cast<unsigned char>(c) >= 0x80) {
      // JSON is UTF-8: a byte that begins no character (a file name in another encoding) is
      // written as U+FFFD, never passed on to make the whole document unreadable.
      const std::size_t length = utf8_character_length(text.substr(i));
      if (length == 0) {
        out += "\xEF\xBF\xBD";
      } else {
        out.append(text.substr(i, length));
        i += length - 1;
      }
      continue;
    }
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
        } else {
          out += c;
        }
    }
  }
  out += '"';
}

void append_json_number(std::string& out, double number) {
  if (!std::isfinite(number)) {
    out += "null";
    return;
  }
  out += shortest_text(number);
}

void JsonWriter::newline() {
  out_ += '\n';
  out_.append(has_members_.size() * 2, ' ');
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!has_members_.empty()) {
    if (has_members_.back()) {
      out_ += ',';
    }
    has_members_.back() = true;
    newline();
  }
}

void JsonWriter::begin_object() {
  before_value();
  out_ += '{';
  has_members_.push_back(false);
}

void JsonWriter::end_object() {
  close('}');
}

void JsonWriter::begin_array() {
  before_value();
  out_ += '[';
  has_members_.push_back(false);
}

void JsonWriter::end_array() {
  close(']');
}

void JsonWriter::close(char bracket) {
  const bool had_members = has_members_.back();
  has_members_.pop_back();
  if (had_members) {
    newline();
  }
  out_ += bracket;
}

void JsonWriter::key(std::string_view name) {
  value(name);
  out_ += ": ";
  after_key_ = true;
}

void JsonWriter::value(std::string_view text) {
  before_value();
  append_json_string(out_, text);
}

void JsonWriter::value(double number) {
  before_value();
  append_json_number(out_, number);
}

void JsonWriter::value(std::size_t number) {
  before_value();
  out_ += fmt::format("{}", number);
}

void JsonWriter::value(bool flag) {
  before_value();
  out_ += flag ? "true" : "false";
}

void JsonWriter::null() {
  before_value();
  out_ += "null";
}

void JsonWriter::value(const std::optional<double>& number) {
  if (number) {
    value(*number);
  } else {
    null();
  }
}

std::string JsonWriter::finish() {
  return out_ + '\n';
}

}  // namespace scdash::core
