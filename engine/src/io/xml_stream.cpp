#include "io/xml_stream.hpp"

#include "io/part_prefetcher.hpp"

#include <memory>
#include <vector>

#include <expat.h>
#include <fmt/format.h>

namespace scdash::io::detail {
namespace {

// What is read at a time when a damaged part is read to its end for libzip's checks.
constexpr int kChunkBytes = 64 * 1024;

struct ParserFree {
  void operator()(XML_Parser parser) const { XML_ParserFree(parser); }
};

}  // namespace

std::string_view local_name(const char* qualified_name) {
  // One pass finding both the end and the last colon: this runs for every tag and attribute.
  const char* start = qualified_name;
  const char* end = qualified_name;
  for (; *end != '\0'; ++end) {
    if (*end == ':') {
      start = end + 1;
    }
  }
  return std::string_view(start, static_cast<std::size_t>(end - start));
}

std::optional<std::string_view> XmlAttributes::find(std::string_view name) const {
  for (const char** pair = pairs_; *pair != nullptr; pair += 2) {
    if (local_name(pair[0]) == name) {
      return std::string_view(pair[1]);
    }
  }
  return std::nullopt;
}

core::Expected<void, core::Diagnostic> XmlStream::parse(ZipPartReader& part, XmlHandler& handler) {
  // No namespace processing: matching by local name makes it unnecessary, and it would reject
  // prefixes that a sloppy writer forgot to declare.
  const std::unique_ptr<XML_ParserStruct, ParserFree> parser(XML_ParserCreate(nullptr));
  parser_ = parser.get();
  handler_ = &handler;
  part_ = &part;
  capturing_ = false;
  stopped_ = false;
  halted_ = false;
  failure_.reset();
  exception_ = nullptr;

  XML_SetUserData(parser_, this);
  XML_SetElementHandler(parser_, &XmlStream::start_element, &XmlStream::end_element);
  XML_SetCharacterDataHandler(parser_, &XmlStream::character_data);
  XML_SetStartDoctypeDeclHandler(parser_, &XmlStream::start_doctype);
  XML_SetEntityDeclHandler(parser_, &XmlStream::entity_declaration);

  PartPrefetcher prefetcher(part);
  for (bool final = false; !final;) {
    auto chunk = prefetcher.next();
    if (!chunk) {
      return core::unexpected(chunk.error());
    }
    final = chunk->empty();
    if (XML_Parse(parser_, chunk->data(), static_cast<int>(chunk->size()), final) !=
        XML_STATUS_OK) {
      break;
    }
  }
  prefetcher.stop();  // the part is read directly from here on
  if (exception_) {
    std::rethrow_exception(exception_);
  }
  if (!failure_ && (stopped_ || XML_GetErrorCode(parser_) == XML_ERROR_NONE)) {
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
  return core::unexpected(core::Diagnostic::error(
      "xlsx-malformed-xml",
      fmt::format("part {} is not well-formed XML: {} at line {}, column {}", part.part_name(),
                  XML_ErrorString(XML_GetErrorCode(parser_)), XML_GetCurrentLineNumber(parser_),
                  XML_GetCurrentColumnNumber(parser_) + 1),
      part.where(), std::string(kResaveHint)));
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
  XML_StopParser(parser_, XML_FALSE);
}

void XmlStream::fail(core::Diagnostic diagnostic) {
  if (!failure_) {
    failure_ = std::move(diagnostic);
  }
  halted_ = true;
  XML_StopParser(parser_, XML_FALSE);
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
    XML_StopParser(parser_, XML_FALSE);
  }
}

void XmlStream::start_element(void* user_data, const char* name, const char** attributes) {
  auto& self = *static_cast<XmlStream*>(user_data);
  self.guarded([&] { self.handler_->on_start(local_name(name), XmlAttributes(attributes)); });
}

void XmlStream::end_element(void* user_data, const char* name) {
  auto& self = *static_cast<XmlStream*>(user_data);
  self.guarded([&] { self.handler_->on_end(local_name(name)); });
}

void XmlStream::character_data(void* user_data, const char* text, int length) {
  auto& self = *static_cast<XmlStream*>(user_data);
  if (self.capturing_) {
    // Checked first: most character data is the white space between tags, not wanted.
    self.guarded(
        [&] { self.handler_->on_text(std::string_view(text, static_cast<std::size_t>(length))); });
  }
}

void XmlStream::refuse_doctype() {
  if (halted_) {
    return;
  }
  fail(core::Diagnostic::error(
      "xlsx-doctype",
      fmt::format("part {} contains a DOCTYPE declaration; workbooks never need one and it can "
                  "hide an entity-expansion attack, so the file is refused",
                  part_->part_name()),
      part_->where(), std::string(kResaveHint)));
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
