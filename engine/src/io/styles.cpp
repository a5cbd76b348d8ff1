#include "io/styles.hpp"

#include <charconv>
#include <map>

#include "io/xml_stream.hpp"

namespace scdash::io::detail {
namespace {

std::uint32_t parse_id(std::optional<std::string_view> text) {
  std::uint32_t id = 0;
  if (text) {
    std::from_chars(text->data(), text->data() + text->size(), id);
  }
  return id;
}

class StylesHandler final : public XmlHandler {
 public:
  StylesHandler(XmlStream& stream, const ZipPartReader& part) : stream_(stream), part_(part) {}

  void on_start(std::string_view name, const XmlAttributes& attributes) override {
    // numFmt and xf also appear elsewhere (differential formats, cell styles); only the
    // workbook's number formats and cell formats count.
    if (name == "numFmts") {
      open_list_ = List::number_formats;
    } else if (name == "cellXfs") {
      open_list_ = List::cell_formats;
    } else if (name == "numFmt" && open_list_ == List::number_formats) {
      custom_formats_[parse_id(attributes.find("numFmtId"))] =
          format_code_kind(attributes.find("formatCode").value_or(""));
      check_list_length(stream_, part_, custom_formats_.size(), "number formats");
    } else if (name == "xf" && open_list_ == List::cell_formats) {
      cell_format_ids_.push_back(parse_id(attributes.find("numFmtId")));
      check_list_length(stream_, part_, cell_format_ids_.size(), "cell formats");
    }
  }

  void on_end(std::string_view name) override {
    if (name == "numFmts" || name == "cellXfs") {
      open_list_ = List::none;
    }
  }

  void on_text(std::string_view /*text*/) override {}

  // Resolved at the end, so that number formats listed after the cell formats still count.
  std::vector<FormatKind> kinds() const {
    std::vector<FormatKind> result;
    result.reserve(cell_format_ids_.size());
    for (const std::uint32_t id : cell_format_ids_) {
      // A workbook may redefine a built-in id with its own (often localised) code.
      const auto custom = custom_formats_.find(id);
      result.push_back(custom != custom_formats_.end() ? custom->second : builtin_format_kind(id));
    }
    return result;
  }

 private:
  XmlStream& stream_;
  const ZipPartReader& part_;
  enum class List { none, number_formats, cell_formats };
  List open_list_ = List::none;
  std::map<std::uint32_t, FormatKind> custom_formats_;  // by numFmtId
  std::vector<std::uint32_t> cell_format_ids_;          // numFmtId of each cell format, in order
};

}  // namespace

core::Expected<CellFormats, core::Diagnostic> CellFormats::read(ZipPartReader& part) {
  XmlStream stream;
  StylesHandler handler(stream, part);
  if (auto parsed = stream.parse(part, handler); !parsed) {
    return core::unexpected(parsed.error());
  }
  CellFormats formats;
  formats.kinds_ = handler.kinds();
  return formats;
}

}  // namespace scdash::io::detail
