#include "render/json_writer.hpp"

#include <cmath>

#include <fmt/format.h>

namespace scdash::render {

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
  out_ += '"';
  for (const char c : text) {
    switch (c) {
      case '"':
        out_ += "\\\"";
        break;
      case '\\':
        out_ += "\\\\";
        break;
      case '\n':
        out_ += "\\n";
        break;
      case '\r':
        out_ += "\\r";
        break;
      case '\t':
        out_ += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out_ += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
        } else {
          out_ += c;
        }
    }
  }
  out_ += '"';
}

void JsonWriter::value(double number) {
  if (!std::isfinite(number)) {
    null();
    return;
  }
  before_value();
  out_ += fmt::format("{}", number);
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

}  // namespace scdash::render
