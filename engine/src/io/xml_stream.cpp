#include "io/xml_stream.hpp"

#include "io/part_prefetcher.hpp"
#include "io/xlsx_limits.hpp"

#include <memory>
#include <vector>

#include <expat.h>
#include <fmt/format.h>

namespace scdash::io::detail {
namespace {

// What is read at a time when a damaged part is read to its end for libzip's checks.
constexpr int kChunkBytes = 64 * 1024;

}  // namespace

std::string_view local_name(std::string_view qualified_name) {
  return qualified_name.substr(qualified_name.rfind(':') + 1);
}

std::optional<std::string_view> XmlAttributes::find(std::string_view name) const {
  for (const XmlAttribute& attribute : attributes_) {
    if (attribute.name == name) {
      return attribute.value;
    }
  }
  return std::nullopt;
}

void XmlStream::ParserFree::operator()(XML_Parser parser) const {
  XML_ParserFree(parser);
}

core::Expected<void, core::Diagnostic> XmlStream::parse(ZipPartReader& part, XmlHandler& handler) {
  parser_.reset();
  handler_ = &handler;
  part_ = &part;
  capturing_ = false;
  stopped_ = false;
  halted_ = false;
  depth_ = 0;
  failure_.reset();
  exception_ = nullptr;
  takeover_position_ = {};
  prologue_length_ = 0;

  XmlScanner scanner;
  bool scanning = tokenizer_ == XmlTokenizer::scanner_then_expat;
  if (!scanning) {
    start_expat();
  }
  bool well_formed = false;  // known to be, by the scanner's reaching the end
  PartPrefetcher prefetcher(part);
  for (bool final = false, reading = true; reading && !final;) {
    auto chunk = prefetcher.next();
    if (!chunk) {
      return core::unexpected(chunk.error());
    }
    final = chunk->empty();
    if (!scanning) {
      reading = feed_expat(*chunk, final);
      continue;
    }
    if (final) {
      scanner.finish();
    } else {
      scanner.append(*chunk);
    }
    switch (scan(scanner)) {
      case ScanOutcome::need_input:
        break;
      case ScanOutcome::halted:
        reading = false;
        break;
      case ScanOutcome::finished:
        well_formed = true;
        reading = false;
        break;
      case ScanOutcome::handed_over:
        scanning = false;
        reading = take_over(scanner, final);
        break;
    }
  }
  prefetcher.stop();  // the part is read directly from here on
  if (exception_) {
    std::rethrow_exception(exception_);
  }
  if (!failure_ && (stopped_ || well_formed || XML_GetErrorCode(parser_.get()) == XML_ERROR_NONE)) {
    return {};
  }
  // libzip verifies a part's checksum only at its end, so damage in transit usually shows
  // first as bad XML or a bad value. Reading on to the end names the real cause.
  if (auto damaged = read_to_end(part); !damaged) {
    return damaged;
  }
  if (failure_) {
    return core::unexpected(std::move(*failure_));
  }
  return core::unexpected(malformed_xml_error());
}

XmlStream::ScanOutcome XmlStream::scan(XmlScanner& scanner) {
  for (;;) {
    const XmlScanner::Token token = scanner.next();
    switch (token.kind) {
      case XmlScanner::Kind::start_tag:
        deliver_start(token.name, scanner.attributes());
        if (token.self_closing) {
          deliver_end(token.name);
        }
        break;
      case XmlScanner::Kind::end_tag:
        deliver_end(token.name);
        break;
      case XmlScanner::Kind::text:
        deliver_text(token.text);
        break;
      case XmlScanner::Kind::need_input:
        return ScanOutcome::need_input;
      case XmlScanner::Kind::finished:
        return ScanOutcome::finished;
      case XmlScanner::Kind::unsupported:
        return ScanOutcome::handed_over;
    }
    if (halted_) {
      return ScanOutcome::halted;
    }
  }
}

bool XmlStream::take_over(const XmlScanner& scanner, bool final) {
  start_expat();
  const std::string prologue = scanner.takeover_prologue();
  takeover_position_ = scanner.unread_position();
  prologue_length_ = prologue.size();
  priming_ = true;
  feed_expat(prologue, false);
  priming_ = false;
  return feed_expat(scanner.unread(), final);
}

void XmlStream::start_expat() {
  // No namespace processing: matching by local name makes it unnecessary, and it would reject
  // prefixes that a sloppy writer forgot to declare.
  parser_.reset(XML_ParserCreate(nullptr));
  if (!parser_) {
    throw std::bad_alloc();
  }
  XML_Parser parser = parser_.get();
  XML_SetUserData(parser, this);
  XML_SetElementHandler(parser, &XmlStream::start_element, &XmlStream::end_element);
  XML_SetCharacterDataHandler(parser, &XmlStream::character_data);
  XML_SetStartDoctypeDeclHandler(parser, &XmlStream::start_doctype);
  XML_SetEntityDeclHandler(parser, &XmlStream::entity_declaration);
}

bool XmlStream::feed_expat(std::string_view bytes, bool final) {
  return XML_Parse(parser_.get(), bytes.data(), static_cast<int>(bytes.size()), final) ==
         XML_STATUS_OK;
}

core::Diagnostic XmlStream::malformed_xml_error() const {
  // Expat counts from where it took over, its prologue on the first line.
  XML_Parser parser = parser_.get();
  const std::uint64_t line = XML_GetCurrentLineNumber(parser);
  const std::uint64_t column = XML_GetCurrentColumnNumber(parser);
  const XmlPosition at = line == 1
                             ? XmlPosition{takeover_position_.line,
                                           takeover_position_.column + column - prologue_length_}
                             : XmlPosition{takeover_position_.line + line - 1, column};
  return core::Diagnostic::error(
      "xlsx-malformed-xml",
      fmt::format("part {} is not well-formed XML: {} at line {}, column {}", part_->part_name(),
                  XML_ErrorString(XML_GetErrorCode(parser)), at.line, at.column + 1),
      part_->where(), std::string(kResaveHint));
}

core::Expected<void, core::Diagnostic> XmlStream::read_to_end(ZipPartReader& part) {
  std::vector<char> scratch(kChunkBytes);
  for (;;) {
    auto got = part.read(scratch);
    if (!got) {
      return core::unexpected(got.error());
    }
    if (*got == 0) {
      return {};
    }
  }
}

void XmlStream::stop() {
  stopped_ = true;
  halted_ = true;
  if (parser_) {
    XML_StopParser(parser_.get(), XML_FALSE);
  }
}

void XmlStream::fail(core::Diagnostic diagnostic) {
  if (!failure_) {
    failure_ = std::move(diagnostic);
  }
  halted_ = true;
  if (parser_) {
    XML_StopParser(parser_.get(), XML_FALSE);
  }
}

template <class Call>
void XmlStream::guarded(Call&& call) {
  // expat is C: an exception unwinding through it would skip its bookkeeping.
  if (halted_) {
    return;
  }
  try {
    call();
  } catch (...) {
    exception_ = std::current_exception();
    halted_ = true;
    if (parser_) {
      XML_StopParser(parser_.get(), XML_FALSE);
    }
  }
}

void XmlStream::deliver_start(std::string_view qualified_name,
                              std::span<const XmlAttribute> attributes) {
  if (++depth_ > kMaxXmlDepth) {
    refuse_depth();
    return;
  }
  guarded([&] { handler_->on_start(local_name(qualified_name), XmlAttributes(attributes)); });
}

void XmlStream::deliver_end(std::string_view qualified_name) {
  --depth_;
  guarded([&] { handler_->on_end(local_name(qualified_name)); });
}

void XmlStream::deliver_text(std::string_view text) {
  // Checked first: most character data is the white space between tags, not wanted.
  if (capturing_) {
    guarded([&] { handler_->on_text(text); });
  }
}

void XmlStream::start_element(void* user_data, const char* name, const char** attributes) {
  auto& self = *static_cast<XmlStream*>(user_data);
  if (self.priming_) {
    return;
  }
  self.expat_attributes_.clear();
  for (const char** pair = attributes; *pair != nullptr; pair += 2) {
    self.expat_attributes_.push_back({local_name(pair[0]), pair[1]});
  }
  self.deliver_start(name, self.expat_attributes_);
}

void XmlStream::end_element(void* user_data, const char* name) {
  auto& self = *static_cast<XmlStream*>(user_data);
  if (!self.priming_) {
    self.deliver_end(name);
  }
}

void XmlStream::character_data(void* user_data, const char* text, int length) {
  static_cast<XmlStream*>(user_data)->deliver_text(
      std::string_view(text, static_cast<std::size_t>(length)));
}

void XmlStream::refuse(std::string_view code, std::string_view why) {
  if (halted_) {
    return;
  }
  fail(core::Diagnostic::error(
      std::string(code), fmt::format("part {} {}, so the file is refused", part_->part_name(), why),
      part_->where(), std::string(kResaveHint)));
}

void XmlStream::refuse_doctype() {
  refuse("xlsx-doctype",
         "contains a DOCTYPE declaration; workbooks never need one and it can hide an "
         "entity-expansion attack");
}

void XmlStream::refuse_depth() {
  refuse("xlsx-too-deep",
         fmt::format("nests its elements more than {} deep; no spreadsheet writer does, and "
                     "reading on would exhaust memory",
                     kMaxXmlDepth));
}

void XmlStream::start_doctype(void* user_data, const char* /*name*/, const char* /*system_id*/,
                              const char* /*public_id*/, int /*has_internal_subset*/) {
  static_cast<XmlStream*>(user_data)->refuse_doctype();
}

void XmlStream::entity_declaration(void* user_data, const char* /*name*/,
                                   int /*is_parameter_entity*/, const char* /*value*/,
                                   int /*value_length*/, const char* /*base*/,
                                   const char* /*system_id*/, const char* /*public_id*/,
                                   const char* /*notation_name*/) {
  static_cast<XmlStream*>(user_data)->refuse_doctype();
}

void check_list_length(XmlStream& stream, const ZipPartReader& part, std::size_t length,
                       std::string_view what) {
  if (length > kMaxListEntries) {
    stream.fail(core::Diagnostic::error(
        "xlsx-too-large",
        fmt::format("part {} lists more than {} {}", part.part_name(), kMaxListEntries, what),
        part.where()));
  }
}

}  // namespace scdash::io::detail
