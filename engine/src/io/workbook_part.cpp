#include "io/workbook_part.hpp"

#include "io/xml_stream.hpp"

namespace scdash::io::detail {
namespace {

bool is_true(std::string_view value) {
  return value == "1" || value == "true";
}

SheetVisibility visibility(std::string_view state) {
  if (state == "hidden") {
    return SheetVisibility::hidden;
  }
  return state == "veryHidden" ? SheetVisibility::very_hidden : SheetVisibility::visible;
}

class WorkbookHandler final : public XmlHandler {
 public:
  WorkbookHandler(XmlStream& stream, const ZipPartReader& part, WorkbookPart& workbook)
      : stream_(stream), part_(part), workbook_(workbook) {}

  void on_start(std::string_view name, const XmlAttributes& attributes) override {
    if (name == "sheet") {
      workbook_.sheets.push_back(
          {SheetInfo{std::string(attributes.find("name").value_or("")),
                     visibility(attributes.find("state").value_or("visible"))},
           std::string(attributes.find("id").value_or(""))});
      check_list_length(stream_, part_, workbook_.sheets.size(), "sheets");
    } else if (name == "workbookPr") {
      workbook_.date1904 = is_true(attributes.find("date1904").value_or("0"));
    }
  }
  void on_end(std::string_view /*name*/) override {}
  void on_text(std::string_view /*text*/) override {}

 private:
  XmlStream& stream_;
  const ZipPartReader& part_;
  WorkbookPart& workbook_;
};

}  // namespace

core::Expected<WorkbookPart, core::Diagnostic> WorkbookPart::read(ZipPartReader& part) {
  WorkbookPart workbook;
  XmlStream stream;
  WorkbookHandler handler(stream, part, workbook);
  if (auto parsed = stream.parse(part, handler); !parsed) {
    return core::unexpected(parsed.error());
  }
  return workbook;
}

}  // namespace scdash::io::detail
