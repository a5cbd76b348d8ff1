#include "io/xml_scanner.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

namespace scdash::io::detail {
namespace {

// What a byte of character data asks of the scanner.
enum class ByteClass : std::uint8_t {
  plain,
  ampersand,        // a reference follows
  bracket,          // "]]>" may not appear in content
  space,            // tab or line feed: a space in an attribute value
  carriage_return,  // with a line feed after it or not, a line feed (a space in a value)
  non_ascii,        // the lead byte of a UTF-8 sequence, to check
  unsupported,      // '<', a control character
};

constexpr std::array<ByteClass, 256> make_byte_classes() {
  std::array<ByteClass, 256> classes{};
  for (std::size_t byte = 0; byte < 256; ++byte) {
    classes[byte] = byte < 0x20   ? ByteClass::unsupported
                    : byte < 0x80 ? ByteClass::plain
                                  : ByteClass::non_ascii;
  }
  classes['\t'] = ByteClass::space;
  classes['\n'] = ByteClass::space;
  classes['\r'] = ByteClass::carriage_return;
  classes['&'] = ByteClass::ampersand;
  classes[']'] = ByteClass::bracket;
  classes['<'] = ByteClass::unsupported;
  return classes;
}
constexpr std::array<ByteClass, 256> kByteClasses = make_byte_classes();

// ASCII name characters only: a name with any other is left to expat, whose tables for them
// follow an older edition of XML than a hand-written table would.
constexpr bool is_name_start(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == ':';
}
constexpr bool is_name_char(char c) {
  return is_name_start(c) || (c >= '0' && c <= '9') || c == '.' || c == '-';
}

constexpr bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

constexpr bool is_xml_char(std::uint32_t code) {
  return code == 0x9 || code == 0xA || code == 0xD || (code >= 0x20 && code <= 0xD7FF) ||
         (code >= 0xE000 && code <= 0xFFFD) || (code >= 0x10000 && code <= 0x10FFFF);
}

// The length of the well-formed UTF-8 sequence of an XML character at text[at], or 0.
std::size_t utf8_length(std::string_view text, std::size_t at) {
  const auto byte = [&](std::size_t offset) {
    return at + offset < text.size() ? static_cast<unsigned char>(text[at + offset]) : 0u;
  };
  const auto continues = [&](std::size_t offset) { return (byte(offset) & 0xC0u) == 0x80u; };
  const unsigned lead = byte(0);
  if (lead >= 0xC2 && lead <= 0xDF) {
    return continues(1) ? 2 : 0;
  }
  if (lead >= 0xE0 && lead <= 0xEF) {
    if (!continues(1) || !continues(2) || (lead == 0xE0 && byte(1) < 0xA0) ||  // overlong
        (lead == 0xED && byte(1) >= 0xA0) ||                                   // surrogate
        (lead == 0xEF && byte(1) == 0xBF && byte(2) >= 0xBE)) {                // U+FFFE, U+FFFF
      return 0;
    }
    return 3;
  }
  if (lead >= 0xF0 && lead <= 0xF4) {
    if (!continues(1) || !continues(2) || !continues(3) || (lead == 0xF0 && byte(1) < 0x90) ||
        (lead == 0xF4 && byte(1) >= 0x90)) {
      return 0;
    }
    return 4;
  }
  return 0;
}

void append_utf8(std::uint32_t code, std::string& out) {
  const auto put = [&](std::uint32_t byte) { out.push_back(static_cast<char>(byte)); };
  if (code < 0x80) {
    put(code);
  } else if (code < 0x800) {
    put(0xC0 | (code >> 6));
    put(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    put(0xE0 | (code >> 12));
    put(0x80 | ((code >> 6) & 0x3F));
    put(0x80 | (code & 0x3F));
  } else {
    put(0xF0 | (code >> 18));
    put(0x80 | ((code >> 12) & 0x3F));
    put(0x80 | ((code >> 6) & 0x3F));
    put(0x80 | (code & 0x3F));
  }
}

// Decodes the reference at the start of text ("&amp;", "&#38;", "&#x26;") onto out; says how
// many bytes it took, 0 when expat would refuse it (an undeclared entity, a bad character).
std::size_t decode_reference(std::string_view text, std::string& out) {
  const auto semicolon = text.find(';');
  if (semicolon == std::string_view::npos) {
    return 0;
  }
  const std::string_view name = text.substr(1, semicolon - 1);
  if (name.starts_with('#')) {
    const bool hex = name.starts_with("#x");
    const std::string_view digits = name.substr(hex ? 2 : 1);
    std::uint32_t code = 0;
    for (const char digit : digits) {
      unsigned value = 0;
      if (digit >= '0' && digit <= '9') {
        value = static_cast<unsigned>(digit - '0');
      } else if (hex && digit >= 'a' && digit <= 'f') {
        value = static_cast<unsigned>(digit - 'a' + 10);
      } else if (hex && digit >= 'A' && digit <= 'F') {
        value = static_cast<unsigned>(digit - 'A' + 10);
      } else {
        return 0;
      }
      code = code * (hex ? 16 : 10) + value;
      if (code > 0x10FFFF) {
        return 0;
      }
    }
    if (digits.empty() || !is_xml_char(code)) {
      return 0;
    }
    append_utf8(code, out);
  } else if (name == "lt") {
    out.push_back('<');
  } else if (name == "gt") {
    out.push_back('>');
  } else if (name == "amp") {
    out.push_back('&');
  } else if (name == "quot") {
    out.push_back('"');
  } else if (name == "apos") {
    out.push_back('\'');
  } else {
    return 0;
  }
  return semicolon + 1;
}

// Checks raw character data, of content or of an attribute value, and gives its value: raw
// itself when nothing needs decoding, else the decoded copy in scratch. False when expat would
// refuse it or it is outside the subset. Line breaks ("\r\n", "\r") become "\n", and in an
// attribute value tabs and line breaks become spaces, as XML normalizes them.
bool decode_characters(std::string_view raw, bool in_attribute, std::string& scratch,
                       std::string_view& value) {
  bool decoded = false;
  std::size_t plain_from = 0;
  const auto copy_plain = [&](std::size_t until) {
    if (!decoded) {
      scratch.clear();
      decoded = true;
    }
    scratch.append(raw, plain_from, until - plain_from);
  };
  for (std::size_t at = 0; at < raw.size();) {
    switch (kByteClasses[static_cast<unsigned char>(raw[at])]) {
      case ByteClass::plain:
        ++at;
        break;
      case ByteClass::non_ascii: {
        const std::size_t length = utf8_length(raw, at);
        if (length == 0) {
          return false;
        }
        at += length;
        break;
      }
      case ByteClass::bracket:
        if (!in_attribute && raw.substr(at).starts_with("]]>")) {
          return false;
        }
        ++at;
        break;
      case ByteClass::space:
        if (in_attribute) {
          copy_plain(at);
          scratch.push_back(' ');
          plain_from = at + 1;
        }
        ++at;
        break;
      case ByteClass::carriage_return: {
        // XML reads "\r\n" and a lone "\r" as one "\n".
        copy_plain(at);
        scratch.push_back(in_attribute ? ' ' : '\n');
        at += raw.substr(at).starts_with("\r\n") ? 2 : 1;
        plain_from = at;
        break;
      }
      case ByteClass::ampersand: {
        copy_plain(at);
        const std::size_t length = decode_reference(raw.substr(at), scratch);
        if (length == 0) {
          return false;
        }
        at += length;
        plain_from = at;
        break;
      }
      case ByteClass::unsupported:
        return false;
    }
  }
  if (decoded) {
    copy_plain(raw.size());
    value = scratch;
  } else {
    value = raw;
  }
  return true;
}

// The characters in UTF-8 bytes: the bytes that are not continuation bytes (10xxxxxx). Every
// byte of a long sheet passes through here once, so it is counted eight bytes at a time, and
// plain ASCII, by far the most common, only has its high bits looked at.
std::uint64_t count_characters(std::string_view bytes) {
  constexpr std::uint64_t kHighBits = 0x8080808080808080u;
  const std::size_t whole_words = bytes.size() / 8 * 8;
  const auto word_at = [&](std::size_t at) {
    std::uint64_t word = 0;
    std::memcpy(&word, bytes.data() + at, 8);
    return word;
  };
  std::uint64_t high_bits = 0;
  for (std::size_t at = 0; at < whole_words; at += 8) {
    high_bits |= word_at(at);
  }
  for (std::size_t at = whole_words; at < bytes.size(); ++at) {
    high_bits |= static_cast<unsigned char>(bytes[at]);
  }
  if ((high_bits & kHighBits) == 0) {
    return bytes.size();
  }
  std::uint64_t continuation_bytes = 0;
  for (std::size_t at = 0; at < whole_words; at += 8) {
    const std::uint64_t word = word_at(at);
    continuation_bytes +=
        static_cast<std::uint64_t>(std::popcount(word & ~(word << 1) & kHighBits));
  }
  for (std::size_t at = whole_words; at < bytes.size(); ++at) {
    continuation_bytes += (static_cast<unsigned char>(bytes[at]) & 0xC0u) == 0x80u ? 1 : 0;
  }
  return bytes.size() - continuation_bytes;
}

bool contains(std::string_view bytes, char wanted) {
  return std::memchr(bytes.data(), wanted, bytes.size()) != nullptr;
}

// Moves position over bytes, as expat counts: "\r\n", "\r" and "\n" each end a line. Every byte
// of a part passes through here once, most often in long runs without a line break, so those
// are found with memchr before anything is counted byte by byte.
void advance(XmlPosition& position, std::string_view bytes) {
  const bool has_carriage_return = contains(bytes, '\r');
  if (!has_carriage_return && !contains(bytes, '\n')) {
    position.column += count_characters(bytes);
    return;
  }
  std::size_t line_start = 0;
  if (has_carriage_return) {
    for (std::size_t at = 0; at < bytes.size(); ++at) {
      if (bytes[at] == '\r' || bytes[at] == '\n') {
        at += bytes.substr(at).starts_with("\r\n") ? 1 : 0;
        ++position.line;
        line_start = at + 1;
      }
    }
  } else {
    position.line += static_cast<std::uint64_t>(std::count(bytes.begin(), bytes.end(), '\n'));
    line_start = bytes.rfind('\n') + 1;
  }
  position.column = count_characters(bytes.substr(line_start));
}

// The first `wanted` in bytes, or nullptr. Most values and texts of a sheet are a few bytes
// long, shorter than it takes memchr to start.
const char* find_byte(const char* bytes, std::size_t size, char wanted) {
  constexpr std::size_t kInlineBytes = 16;
  const std::size_t inline_size = std::min(size, kInlineBytes);
  for (std::size_t at = 0; at < inline_size; ++at) {
    if (bytes[at] == wanted) {
      return bytes + at;
    }
  }
  if (size == inline_size) {
    return nullptr;
  }
  return static_cast<const char*>(std::memchr(bytes + inline_size, wanted, size - inline_size));
}

// Whether text, its ASCII letters made upper case, is upper_case.
bool matches_upper_case(std::string_view text, std::string_view upper_case) {
  return std::equal(text.begin(), text.end(), upper_case.begin(), upper_case.end(),
                    [](char a, char b) {
                      return (a >= 'a' && a <= 'z' ? static_cast<char>(a - 'a' + 'A') : a) == b;
                    });
}

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

}  // namespace

XmlScanner::Token XmlScanner::token_of(Kind kind, std::string_view name) {
  Token token;
  token.kind = kind;
  token.name = name;
  return token;
}

void XmlScanner::append(std::string_view bytes) {
  discard_consumed();
  buffer_.append(bytes);
}

void XmlScanner::discard_consumed() {
  // Until the root element has started, everything is kept: expat must then read the document
  // from its first byte.
  if (stage_ == Stage::start || stage_ == Stage::prolog || pos_ == 0) {
    return;
  }
  advance(buffer_position_, std::string_view(buffer_).substr(0, pos_));
  buffer_.erase(0, pos_);
  pos_ = 0;
}

XmlScanner::Token XmlScanner::unsupported() {
  failed_ = true;
  return token_of(Kind::unsupported);
}

bool XmlScanner::too_long(std::size_t end) const {
  const bool before_root = stage_ == Stage::start || stage_ == Stage::prolog;
  return end - (before_root ? 0 : pos_) >= kMaxTokenBytes;
}

XmlScanner::Token XmlScanner::need_input() {
  if (input_done_ || too_long(buffer_.size())) {
    return unsupported();
  }
  return token_of(Kind::need_input);
}

XmlScanner::Token XmlScanner::next() {
  if (failed_) {
    return token_of(Kind::unsupported);
  }
  switch (stage_) {
    case Stage::start:
    case Stage::prolog:
      return scan_prolog();
    case Stage::content:
      if (pos_ == buffer_.size()) {
        return need_input();
      }
      return buffer_[pos_] == '<' ? scan_tag() : scan_text();
    case Stage::epilog:
      return scan_epilog();
  }
  return unsupported();
}

XmlScanner::Token XmlScanner::scan_prolog() {
  if (stage_ == Stage::start) {
    // Enough bytes to tell a byte order mark and "<?xml " from anything else.
    if (buffer_.size() < kByteOrderMark.size() + 6 && !input_done_) {
      return need_input();
    }
    cursor_ = std::string_view(buffer_).starts_with(kByteOrderMark) ? kByteOrderMark.size() : 0;
    if (std::string_view(buffer_).substr(cursor_).starts_with("<?xml")) {
      switch (scan_declaration()) {
        case Declaration::read:
          break;
        case Declaration::runs_past_buffer:
          return need_input();
        case Declaration::unsupported:
          return unsupported();
      }
    }
    pos_ = cursor_;
    stage_ = Stage::prolog;
  }
  while (pos_ < buffer_.size() && is_space(buffer_[pos_])) {
    ++pos_;
  }
  if (pos_ + 1 >= buffer_.size()) {
    return need_input();
  }
  if (buffer_[pos_] != '<' || !is_name_start(buffer_[pos_ + 1])) {
    return unsupported();  // a comment, a processing instruction, a DOCTYPE, or an error
  }
  return scan_start_tag();
}

XmlScanner::Declaration XmlScanner::scan_declaration() {
  // '<?xml' S 'version' Eq "1.0" (S 'encoding' Eq "UTF-8")? (S 'standalone' Eq ("yes"|"no"))?
  // S? '?>', with either quote. Anything else, another encoding above all, is expat's.
  cursor_ += 5;
  std::size_t pseudo_attribute = 0;
  for (;;) {
    const bool spaced = skip_space();
    if (cursor_ + 1 >= buffer_.size()) {
      return Declaration::runs_past_buffer;
    }
    if (buffer_[cursor_] == '?') {
      if (buffer_[cursor_ + 1] != '>' || pseudo_attribute == 0) {
        return Declaration::unsupported;
      }
      cursor_ += 2;
      return Declaration::read;
    }
    const std::string_view name = scan_name();
    skip_space();
    if (cursor_ >= buffer_.size()) {
      return Declaration::runs_past_buffer;
    }
    if (buffer_[cursor_] != '=') {
      return Declaration::unsupported;
    }
    ++cursor_;
    skip_space();
    if (cursor_ >= buffer_.size()) {
      return Declaration::runs_past_buffer;
    }
    const char quote = buffer_[cursor_];
    if (quote != '"' && quote != '\'') {
      return Declaration::unsupported;
    }
    const auto close = buffer_.find(quote, cursor_ + 1);
    if (close == std::string::npos) {
      return Declaration::runs_past_buffer;
    }
    const std::string_view value =
        std::string_view(buffer_).substr(cursor_ + 1, close - cursor_ - 1);
    const bool expected =
        (pseudo_attribute == 0 && name == "version" && value == "1.0") ||
        (pseudo_attribute == 1 && name == "encoding" && matches_upper_case(value, "UTF-8")) ||
        ((pseudo_attribute == 1 || pseudo_attribute == 2) && name == "standalone" &&
         (value == "yes" || value == "no"));
    if (!spaced || !expected) {
      return Declaration::unsupported;
    }
    pseudo_attribute = name == "version" ? 1 : name == "encoding" ? 2 : 3;
    cursor_ = close + 1;
  }
}

std::string_view XmlScanner::scan_name() {
  const std::size_t from = cursor_;
  while (cursor_ < buffer_.size() && is_name_char(buffer_[cursor_])) {
    ++cursor_;
  }
  return std::string_view(buffer_).substr(from, cursor_ - from);
}

bool XmlScanner::skip_space() {
  const std::size_t from = cursor_;
  while (cursor_ < buffer_.size() && is_space(buffer_[cursor_])) {
    ++cursor_;
  }
  return cursor_ != from;
}

XmlScanner::Token XmlScanner::scan_tag() {
  if (pos_ + 1 >= buffer_.size()) {
    return need_input();
  }
  const char second = buffer_[pos_ + 1];
  if (second == '/') {
    return scan_end_tag();
  }
  if (is_name_start(second)) {
    return scan_start_tag();
  }
  return unsupported();  // a comment, CDATA, a processing instruction, or an error
}

XmlScanner::Token XmlScanner::scan_start_tag() {
  // The bytes of the tag are checked in place; reaching the buffer's end means waiting for more
  // and scanning the tag again from its start.
  const std::size_t size = buffer_.size();
  const char* const bytes = buffer_.data();
  cursor_ = pos_ + 1;
  Token token = token_of(Kind::start_tag, scan_name());
  attributes_.clear();
  attribute_names_.clear();
  for (;;) {
    const bool spaced = skip_space();
    if (cursor_ >= size) {
      return need_input();
    }
    if (bytes[cursor_] == '>') {
      ++cursor_;
      break;
    }
    if (bytes[cursor_] == '/') {
      if (cursor_ + 1 >= size) {
        return need_input();
      }
      if (bytes[cursor_ + 1] != '>') {
        return unsupported();
      }
      cursor_ += 2;
      token.self_closing = true;
      break;
    }
    if (!spaced || !is_name_start(bytes[cursor_]) || attributes_.size() == kMaxAttributes) {
      return unsupported();
    }
    const std::string_view name = scan_name();
    skip_space();
    if (cursor_ < size && bytes[cursor_] == '=') {
      ++cursor_;
      skip_space();
    } else if (cursor_ < size) {
      return unsupported();
    }
    if (cursor_ >= size) {
      return need_input();
    }
    const char quote = bytes[cursor_];
    if (quote != '"' && quote != '\'') {
      return unsupported();
    }
    const char* const close = find_byte(bytes + cursor_ + 1, size - cursor_ - 1, quote);
    if (close == nullptr) {
      return need_input();
    }
    const std::string_view raw(bytes + cursor_ + 1, close - (bytes + cursor_ + 1));
    std::string_view value;
    if (!decode_characters(raw, true, attribute_scratch_[attributes_.size()], value) ||
        std::find(attribute_names_.begin(), attribute_names_.end(), name) !=
            attribute_names_.end()) {
      return unsupported();
    }
    cursor_ += raw.size() + 2;
    attribute_names_.push_back(name);
    attributes_.push_back({name.substr(name.rfind(':') + 1), value});
  }

  if (too_long(cursor_)) {
    return unsupported();
  }
  if (stage_ == Stage::prolog) {
    root_name_ = token.name;
    stage_ = Stage::content;
  }
  if (token.self_closing) {
    if (open_ends_.empty()) {
      stage_ = Stage::epilog;
    }
  } else {
    open_names_.append(token.name);
    open_ends_.push_back(open_names_.size());
  }
  pos_ = cursor_;
  return token;
}

XmlScanner::Token XmlScanner::scan_end_tag() {
  cursor_ = pos_ + 2;
  const std::string_view name = scan_name();
  skip_space();
  if (cursor_ >= buffer_.size()) {
    return need_input();
  }
  const std::size_t open_from = open_ends_.size() > 1 ? open_ends_[open_ends_.size() - 2] : 0;
  if (buffer_[cursor_] != '>' || std::string_view(open_names_).substr(open_from) != name ||
      too_long(cursor_ + 1)) {
    return unsupported();  // expat names the mismatched tag
  }
  open_names_.resize(open_from);
  open_ends_.pop_back();
  if (open_ends_.empty()) {
    stage_ = Stage::epilog;
  }
  pos_ = cursor_ + 1;
  return token_of(Kind::end_tag, name);
}

XmlScanner::Token XmlScanner::scan_text() {
  const char* const from = buffer_.data() + pos_;
  const char* const less_than = find_byte(from, buffer_.size() - pos_, '<');
  if (less_than == nullptr) {
    return need_input();
  }
  const std::string_view raw(from, less_than - from);
  Token token = token_of(Kind::text);
  if (too_long(pos_ + raw.size()) || !decode_characters(raw, false, text_scratch_, token.text)) {
    return unsupported();
  }
  pos_ += raw.size();
  return token;
}

XmlScanner::Token XmlScanner::scan_epilog() {
  while (pos_ < buffer_.size() && is_space(buffer_[pos_])) {
    ++pos_;
  }
  if (pos_ < buffer_.size()) {
    return unsupported();  // a comment or processing instruction, or junk after the root
  }
  if (input_done_) {
    return token_of(Kind::finished);
  }
  // A carriage return that ends the buffer stays unread, to be counted with the line feed that
  // may come after it as one line.
  if (buffer_.ends_with('\r')) {
    --pos_;
  }
  return token_of(Kind::need_input);
}

std::string XmlScanner::takeover_prologue() const {
  std::string prologue;
  if (stage_ == Stage::epilog) {
    prologue = "<" + root_name_ + "/>";
  }
  std::size_t from = 0;
  for (const std::size_t end : open_ends_) {
    prologue += '<';
    prologue.append(open_names_, from, end - from);
    prologue += '>';
    from = end;
  }
  return prologue;
}

std::string_view XmlScanner::unread() const {
  const bool before_root = stage_ == Stage::start || stage_ == Stage::prolog;
  return std::string_view(buffer_).substr(before_root ? 0 : pos_);
}

XmlPosition XmlScanner::unread_position() const {
  if (stage_ == Stage::start || stage_ == Stage::prolog) {
    return {};
  }
  XmlPosition position = buffer_position_;
  advance(position, std::string_view(buffer_).substr(0, pos_));
  return position;
}

}  // namespace scdash::io::detail
