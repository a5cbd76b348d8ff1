// XmlStream: one part's XML parsed as it is inflated from the zip (on a second thread, by
// PartPrefetcher, so that inflating and parsing overlap).
//
// The fast XmlScanner reads as much of the part as keeps to the XML that spreadsheet writers
// produce, which is usually all of it; expat takes over at the first thing it does not, reading
// on or naming the error as it would have from the start (xml_scanner.hpp).
//
// Elements and attributes are matched by local name ("c" for "x:c"), so the same handler reads
// Transitional and Strict OOXML (whose namespaces differ) and files that use unusual prefixes.
// A DOCTYPE is refused outright: workbooks never need one, and entity declarations are how
// "billion laughs" files exhaust memory.
#pragma once

#include <exception>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "io/xml_scanner.hpp"
#include "io/zip_archive.hpp"
#include "scdash/core/diagnostic.hpp"
#include "scdash/core/expected.hpp"

struct XML_ParserStruct;

namespace scdash::io::detail {

// "c" for "x:c" or "c": the name without its namespace prefix.
std::string_view local_name(std::string_view qualified_name);

// The attributes of one start tag, looked up by local name ("id" finds "r:id").
class XmlAttributes {
 public:
  explicit XmlAttributes(std::span<const XmlAttribute> attributes) : attributes_(attributes) {}

  std::optional<std::string_view> find(std::string_view name) const;

  // Calls visit(local name, value) for every attribute, for handlers that want several.
  template <class Visit>
  void for_each(Visit&& visit) const {
    for (const XmlAttribute& attribute : attributes_) {
      visit(attribute.name, attribute.value);
    }
  }

 private:
  std::span<const XmlAttribute> attributes_;
};

// What a part's reader does with the elements it meets.
class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  virtual void on_start(std::string_view name, const XmlAttributes& attributes) = 0;
  virtual void on_end(std::string_view name) = 0;
  // Character data, delivered only while XmlStream::capture_text(true) is in force.
  virtual void on_text(std::string_view text) = 0;
};

// Which tokenizer reads a part: the scanner, handing over to expat where it must, or expat alone
// (for tests that compare the two).
enum class XmlTokenizer { scanner_then_expat, expat_only };

class XmlStream {
 public:
  explicit XmlStream(XmlTokenizer tokenizer = XmlTokenizer::scanner_then_expat)
      : tokenizer_(tokenizer) {}
  XmlStream(const XmlStream&) = delete;
  XmlStream& operator=(const XmlStream&) = delete;

  // Parses the whole part, feeding `handler`. Fails with xlsx-malformed-xml, xlsx-doctype,
  // xlsx-too-deep, a zip failure, or whatever the handler passed to fail(); succeeds early after
  // stop(). An exception thrown by the handler is rethrown here, never carried through expat.
  core::Expected<void, core::Diagnostic> parse(ZipPartReader& part, XmlHandler& handler);

  // For handlers, while parse() runs:
  void capture_text(bool on) { capturing_ = on; }
  void stop();
  void fail(core::Diagnostic diagnostic);

 private:
  enum class ScanOutcome { need_input, finished, halted, handed_over };

  // Delivers the scanner's tokens until it needs input, ends, or hands over to expat.
  ScanOutcome scan(XmlScanner& scanner);
  // Starts expat where the scanner stopped; final: the scanner had the whole part. Says whether
  // expat read on without error.
  bool take_over(const XmlScanner& scanner, bool final);
  void start_expat();
  // Says whether expat read the bytes without error (or a stop).
  bool feed_expat(std::string_view bytes, bool final);
  core::Diagnostic malformed_xml_error() const;

  void deliver_start(std::string_view qualified_name, std::span<const XmlAttribute> attributes);
  void deliver_end(std::string_view qualified_name);
  void deliver_text(std::string_view text);
  // Runs a handler callback, turning an exception into a stop that parse() rethrows. Inlined:
  // it runs several times for every cell of a sheet.
  template <class Call>
  [[gnu::always_inline]] inline void guarded(Call&& call);

  static void start_element(void* user_data, const char* name, const char** attributes);
  static void end_element(void* user_data, const char* name);
  static void character_data(void* user_data, const char* text, int length);
  static void start_doctype(void* user_data, const char* name, const char* system_id,
                            const char* public_id, int has_internal_subset);
  static void entity_declaration(void* user_data, const char* name, int is_parameter_entity,
                                 const char* value, int value_length, const char* base,
                                 const char* system_id, const char* public_id,
                                 const char* notation_name);
  // Fails the parse with `code`: "part P <why>, so the file is refused".
  void refuse(std::string_view code, std::string_view why);
  void refuse_doctype();
  void refuse_depth();
  // Reads the rest of a part for the sake of the checks libzip makes at its end.
  static core::Expected<void, core::Diagnostic> read_to_end(ZipPartReader& part);

  struct ParserFree {
    void operator()(::XML_ParserStruct* parser) const;
  };

  XmlTokenizer tokenizer_;
  std::unique_ptr<::XML_ParserStruct, ParserFree> parser_;  // once expat reads
  XmlHandler* handler_ = nullptr;
  ZipPartReader* part_ = nullptr;
  bool capturing_ = false;
  bool stopped_ = false;
  // Set by stop(), fail() or an exception: expat may still deliver a callback or two after
  // XML_StopParser, and a handler must not see them.
  bool halted_ = false;
  std::size_t depth_ = 0;  // elements open, as the handler has been told
  std::optional<core::Diagnostic> failure_;
  std::exception_ptr exception_;

  std::vector<XmlAttribute> expat_attributes_;
  // While expat reads the takeover prologue, its events are the scanner's, already delivered.
  bool priming_ = false;
  // Where expat took over, and the length of its prologue, to give expat's positions in the part.
  XmlPosition takeover_position_;
  std::uint64_t prologue_length_ = 0;
};

// Fails the parse with xlsx-too-large once a list the part declares holds more than
// kMaxListEntries entries, e.g. check_list_length(stream, part, styles.size(), "cell formats").
void check_list_length(XmlStream& stream, const ZipPartReader& part, std::size_t length,
                       std::string_view what);

}  // namespace scdash::io::detail
