// The fast XML scanner against expat on arbitrary bytes: handlers must see the same events and
// the same error, and the scanner must tokenize the same however its input is cut. A difference
// aborts, so that libFuzzer keeps the input.
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "fuzz_target.hpp"
#include "support/xml_events.hpp"

namespace {

void require(bool holds, const char* what, std::string_view input) {
  if (!holds) {
    std::fprintf(stderr, "xml_scanner: %s on %zu bytes\n", what, input.size());
    std::abort();
  }
}

bool same_position(const scdash::io::detail::XmlPosition& a,
                   const scdash::io::detail::XmlPosition& b) {
  return a.line == b.line && a.column == b.column;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using scdash::io::detail::XmlTokenizer;
  const std::string_view xml(reinterpret_cast<const char*>(data), size);

  const auto fast = scdash::testing::parse_xml(xml, XmlTokenizer::scanner_then_expat);
  const auto slow = scdash::testing::parse_xml(xml, XmlTokenizer::expat_only);
  require(fast.log == slow.log, "events differ from expat's", xml);
  require(fast.failure.has_value() == slow.failure.has_value(), "one failed, not the other", xml);
  if (slow.failure) {
    require(fast.failure->to_string() == slow.failure->to_string(), "errors differ", xml);
  }

  const auto whole = scdash::testing::scan(xml, xml.size() + 1);
  for (const std::size_t chunk : {std::size_t{1}, std::size_t{5}}) {
    const auto pieces = scdash::testing::scan(xml, chunk);
    require(pieces.tokens == whole.tokens && pieces.ending == whole.ending &&
                pieces.prologue == whole.prologue && same_position(pieces.at, whole.at),
            "the scanner depends on where its input is cut", xml);
  }
  return 0;
}
