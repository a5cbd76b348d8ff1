// XmlScanner: a fast tokenizer for the plain XML that spreadsheet writers produce, which hands
// over to expat wherever it meets anything else.
//
// Reading a large sheet is mostly tokenizing <c r="B2" s="1"><v>44838</v></c> millions of times,
// and expat, general and careful, spends most of the reading time doing it. The scanner knows
// only the subset every spreadsheet writer keeps to: a UTF-8 document of elements, attributes,
// text and the five entity and numeric character references, with ASCII names. It finds tags with
// memchr and checks bytes against tables, and within its subset it is as strict as expat: it never
// yields a token that expat would have refused.
//
// At the first thing outside the subset (a comment, CDATA, a DOCTYPE, another encoding, a
// non-ASCII name, a token longer than kMaxTokenBytes) and at anything malformed, it stops with
// `unsupported`, and XmlStream gives expat the rest of the document, primed with the elements
// still open (takeover_prologue()). Expat then reads on, or names the error exactly as it would
// have from the start; the scanner never composes an XML error message of its own.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace scdash::io::detail {

// One attribute of a start tag: its local name ("id" for "r:id") and its decoded value.
struct XmlAttribute {
  std::string_view name;
  std::string_view value;
};

// A place in the document as expat counts it: lines from 1, columns in characters from 0.
struct XmlPosition {
  std::uint64_t line = 1;
  std::uint64_t column = 0;
};

class XmlScanner {
 public:
  enum class Kind {
    start_tag,    // name, attributes(), self_closing
    end_tag,      // name
    text,         // text: character data inside the root element, references decoded
    need_input,   // append() more, or finish()
    finished,     // the root element closed and the document ended
    unsupported,  // hand over to expat: takeover_prologue() and unread()
  };
  struct Token {
    Kind kind = Kind::need_input;
    std::string_view name;  // qualified, as written ("x:c")
    bool self_closing = false;
    std::string_view text;
  };

  // A token of this many bytes or more goes to expat, and so does a document whose root start tag
  // ends this far in, so that a hostile file cannot make the scanner buffer without bound. The
  // rule holds for whole tokens as for those still arriving, so that where the input is cut
  // never changes what the scanner does.
  static constexpr std::size_t kMaxTokenBytes = std::size_t{1} << 20;
  // A tag with more attributes goes to expat, whose duplicate check does not grow as their square.
  static constexpr std::size_t kMaxAttributes = 64;

  // More of the document. Invalidates the views of the tokens given so far.
  void append(std::string_view bytes);
  // Says that the document has no more bytes.
  void finish() { input_done_ = true; }

  // The next token; its views stay valid until the next call to append() or next().
  Token next();
  std::span<const XmlAttribute> attributes() const { return attributes_; }

  // After `unsupported`: what expat must parse before unread() to be where the scanner stopped,
  // namely the open elements' start tags ("<root/>" once the root element has closed), or nothing
  // when the root element has not started (then unread() is the whole document so far). Events
  // from the prologue must not be delivered.
  std::string takeover_prologue() const;
  std::string_view unread() const;
  // Where unread() begins in the document.
  XmlPosition unread_position() const;

 private:
  enum class Stage { start, prolog, content, epilog };

  static Token token_of(Kind kind, std::string_view name = {});
  Token unsupported();
  Token need_input();
  Token scan_prolog();
  Token scan_tag();
  Token scan_start_tag();
  Token scan_end_tag();
  Token scan_text();
  Token scan_epilog();
  enum class Declaration { read, runs_past_buffer, unsupported };
  // Scans "<?xml ...?>" from cursor_.
  Declaration scan_declaration();
  // From cursor_, within the buffer: the name there (empty if none), and past white space,
  // saying whether there was any.
  std::string_view scan_name();
  bool skip_space();
  // Whether a token ending at `end` is too long for the scanner (see kMaxTokenBytes).
  bool too_long(std::size_t end) const;
  void discard_consumed();

  std::string buffer_;
  std::size_t pos_ = 0;     // where the next token starts
  std::size_t cursor_ = 0;  // within the token being scanned
  bool input_done_ = false;
  bool failed_ = false;
  Stage stage_ = Stage::start;
  XmlPosition buffer_position_;  // of buffer_[0]

  // The open elements' qualified names, end to end, and where each ends in open_names_.
  std::string open_names_;
  std::vector<std::size_t> open_ends_;
  std::string root_name_;

  std::vector<XmlAttribute> attributes_;
  std::vector<std::string_view> attribute_names_;  // qualified, for the duplicate check
  // Decoded values, one per attribute: fixed in number, so that views of them stay valid.
  std::array<std::string, kMaxAttributes> attribute_scratch_;
  std::string text_scratch_;
};

}  // namespace scdash::io::detail
