// StringItem: the text of a shared string (<si>) or an inline string (<is>).
//
// A string item holds its text either in one <t>, or in rich-text runs (<r><t>) that are
// joined; phonetic guides (<rPh><t>, furigana for Japanese text) are not part of the value and
// are skipped. White space inside <t> is kept as written: xml:space only tells Excel not to
// trim it, and scdash never trims.
#pragma once

#include <string>
#include <string_view>

namespace scdash::io::detail {

class StringItem {
 public:
  // Call at the item's start tag.
  void begin();
  // Call for every element inside the item. on_start says whether to capture the text that
  // follows; capturing ends at the next end tag, since a <t> holds no elements.
  bool on_start(std::string_view name);
  void on_end(std::string_view name);
  void on_text(std::string_view text) { raw_.append(text); }

  // The raw text collected so far, before _xHHHH_ escapes are decoded.
  std::size_t raw_size() const { return raw_.size(); }
  // Appends the item's text, escapes decoded, to `out`.
  void append_value(std::string& out) const;

 private:
  std::string raw_;
  int phonetic_depth_ = 0;
};

}  // namespace scdash::io::detail
