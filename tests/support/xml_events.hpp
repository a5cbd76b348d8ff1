// What a handler sees of an XML part through XmlStream, and what the XmlScanner alone makes of
// it, written down as text, so that tests and the differential fuzz target can require the fast
// scanner to see exactly what expat sees, however its input is cut.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io/xml_scanner.hpp"
#include "io/xml_stream.hpp"
#include "io/zip_archive.hpp"
#include "scdash/core/diagnostic.hpp"
#include "support/memory_file_system.hpp"
#include "support/zip_builder.hpp"

namespace scdash::testing {

struct XmlEvents {
  // One line per event: "<name a=1 b=2>", "</name>", and "text:..." for character data, adjacent
  // pieces joined (expat and the scanner cut text in different places).
  std::string log;
  std::optional<core::Diagnostic> failure;
};

class XmlEventRecorder final : public io::detail::XmlHandler {
 public:
  XmlEventRecorder(io::detail::XmlStream& stream, XmlEvents& events)
      : stream_(stream), events_(events) {}

  void on_start(std::string_view name, const io::detail::XmlAttributes& attributes) override {
    stream_.capture_text(true);
    end_text();
    events_.log += "<" + std::string(name);
    attributes.for_each([&](std::string_view attribute, std::string_view value) {
      events_.log += " " + std::string(attribute) + "=" + std::string(value);
    });
    events_.log += ">\n";
  }
  void on_end(std::string_view name) override {
    end_text();
    events_.log += "</" + std::string(name) + ">\n";
  }
  void on_text(std::string_view text) override {
    if (!in_text_) {
      events_.log += "text:";
      in_text_ = true;
    }
    events_.log += text;
  }

 private:
  void end_text() {
    if (in_text_) {
      events_.log += "\n";
      in_text_ = false;
    }
  }

  io::detail::XmlStream& stream_;
  XmlEvents& events_;
  bool in_text_ = false;
};

// Parses `xml` as a part of a zip archive made in memory, with `tokenizer`.
inline XmlEvents parse_xml(std::string_view xml, io::detail::XmlTokenizer tokenizer,
                           ZipMethod method = ZipMethod::store) {
  MemoryFileSystem file_system;
  file_system.add_file("part.zip", build_zip({{"part.xml", std::string(xml), method}}));
  auto file = file_system.open_for_reading("part.zip");
  auto archive = io::detail::ZipArchive::open(std::move(*file), "part.zip", {});
  XmlEvents events;
  if (!archive) {
    events.failure = archive.error();
    return events;
  }
  auto part = archive->open_part("part.xml", core::Location::in_file("part.zip"));
  if (!part) {
    events.failure = part.error();
    return events;
  }
  io::detail::XmlStream stream(tokenizer);
  XmlEventRecorder recorder(stream, events);
  if (auto parsed = stream.parse(*part, recorder); !parsed) {
    events.failure = parsed.error();
  }
  return events;
}

struct ScanResult {
  std::vector<std::string> tokens;  // "<name a=1>", "<name/>", "</name>", "text:..."
  io::detail::XmlScanner::Kind ending = io::detail::XmlScanner::Kind::need_input;
  // On handing over: what expat is primed with, and where it starts reading.
  std::string prologue;
  io::detail::XmlPosition at;
};

// The scanner alone over xml, given `chunk` bytes at a time, until it finishes or hands over.
inline ScanResult scan(std::string_view xml, std::size_t chunk) {
  using io::detail::XmlScanner;
  XmlScanner scanner;
  ScanResult result;
  for (std::size_t offset = 0;;) {
    const XmlScanner::Token token = scanner.next();
    switch (token.kind) {
      case XmlScanner::Kind::need_input:
        if (offset >= xml.size()) {
          scanner.finish();
        } else {
          scanner.append(xml.substr(offset, chunk));
          offset += chunk;
        }
        continue;
      case XmlScanner::Kind::start_tag: {
        std::string tag = "<" + std::string(token.name);
        for (const auto& attribute : scanner.attributes()) {
          tag += " " + std::string(attribute.name) + "=" + std::string(attribute.value);
        }
        result.tokens.push_back(tag + (token.self_closing ? "/>" : ">"));
        continue;
      }
      case XmlScanner::Kind::end_tag:
        result.tokens.push_back("</" + std::string(token.name) + ">");
        continue;
      case XmlScanner::Kind::text:
        result.tokens.push_back("text:" + std::string(token.text));
        continue;
      case XmlScanner::Kind::finished:
      case XmlScanner::Kind::unsupported:
        result.ending = token.kind;
        if (token.kind == XmlScanner::Kind::unsupported) {
          result.prologue = scanner.takeover_prologue();
          result.at = scanner.unread_position();
        }
        return result;
    }
  }
}

}  // namespace scdash::testing
