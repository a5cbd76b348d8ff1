#include "io/shared_strings.hpp"

#include <algorithm>
#include <charconv>
#include <limits>

#include <fmt/format.h>

#include "io/ooxml_escapes.hpp"
#include "io/string_item.hpp"
#include "io/xml_stream.hpp"

namespace scdash::io::detail {
namespace {

// The declared count is only a hint: reserving more than this on its word would let a
// hostile file claim memory it never fills.
constexpr std::size_t kMaxTrustedReserve = 1 << 20;

class SharedStringsHandler final : public XmlHandler {
 public:
  SharedStringsHandler(XmlStream& stream, const ZipPartReader& part, const XlsxLimits& limits,
                       std::string& text, std::vector<std::uint32_t>& offsets)
      : stream_(stream), part_(part), limits_(limits), text_(text), offsets_(offsets) {}

  void on_start(std::string_view name, const XmlAttributes& attributes) override {
    if (in_item_) {
      stream_.capture_text(item_.on_start(name));
    } else if (name == "si") {
      in_item_ = true;
      item_.begin();
    } else if (name == "sst") {
      reserve(attributes.find("uniqueCount"));
    }
  }

  void on_end(std::string_view name) override {
    stream_.capture_text(false);
    if (!in_item_) {
      return;
    }
    if (name != "si") {
      item_.on_end(name);
      return;
    }
    in_item_ = false;
    finish_item();
  }

  void on_text(std::string_view text) override {
    item_.on_text(text);
    if (item_.raw_size() > kMaxCellTextBytes) {
      too_long();
    }
  }

 private:
  void reserve(std::optional<std::string_view> declared_count) {
    std::size_t count = 0;
    if (declared_count) {
      std::from_chars(declared_count->data(), declared_count->data() + declared_count->size(),
                      count);
    }
    offsets_.reserve(std::min(count, kMaxTrustedReserve) + 1);
  }

  void finish_item() {
    const std::size_t start = text_.size();
    item_.append_value(text_);
    if (!fits_in_cell(std::string_view(text_).substr(start))) {
      too_long();
      return;
    }
    if (offsets_.size() > limits_.max_shared_strings) {
      stream_.fail(
          core::Diagnostic::error("xlsx-too-large",
                                  fmt::format("part {} holds more than {} shared strings",
                                              part_.part_name(), limits_.max_shared_strings),
                                  part_.where()));
      return;
    }
    // Offsets are 32-bit to keep the table compact, which bounds the bytes whatever the limit.
    if (text_.size() > std::min<std::uint64_t>(limits_.max_shared_string_bytes,
                                               std::numeric_limits<std::uint32_t>::max())) {
      stream_.fail(
          core::Diagnostic::error("xlsx-too-large",
                                  fmt::format("part {} holds more than {} bytes of shared strings",
                                              part_.part_name(), limits_.max_shared_string_bytes),
                                  part_.where()));
      return;
    }
    offsets_.push_back(static_cast<std::uint32_t>(text_.size()));
  }

  void too_long() {
    stream_.fail(core::Diagnostic::error(
        "xlsx-text-too-long",
        fmt::format("shared string {} in part {} is longer than Excel's limit of {} characters",
                    offsets_.size() - 1, part_.part_name(), kMaxCellCharacters),
        part_.where()));
  }

  XmlStream& stream_;
  const ZipPartReader& part_;
  const XlsxLimits& limits_;
  std::string& text_;
  std::vector<std::uint32_t>& offsets_;
  StringItem item_;
  bool in_item_ = false;
};

}  // namespace

core::Expected<SharedStrings, core::Diagnostic> SharedStrings::read(ZipPartReader& part,
                                                                    const XlsxLimits& limits) {
  SharedStrings strings;
  XmlStream stream;
  SharedStringsHandler handler(stream, part, limits, strings.text_, strings.offsets_);
  if (auto parsed = stream.parse(part, handler); !parsed) {
    return core::unexpected(parsed.error());
  }
  return strings;
}

}  // namespace scdash::io::detail
