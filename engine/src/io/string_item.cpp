#include "io/string_item.hpp"

#include "io/ooxml_escapes.hpp"

namespace scdash::io::detail {

void StringItem::begin() {
  raw_.clear();
  phonetic_depth_ = 0;
}

bool StringItem::on_start(std::string_view name) {
  if (name == "rPh") {
    ++phonetic_depth_;
  }
  return name == "t" && phonetic_depth_ == 0;
}

void StringItem::on_end(std::string_view name) {
  if (name == "rPh" && phonetic_depth_ > 0) {
    --phonetic_depth_;
  }
}

void StringItem::append_value(std::string& out) const {
  append_unescaped(raw_, out);
}

}  // namespace scdash::io::detail
