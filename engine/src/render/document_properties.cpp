#include "render/document_properties.hpp"

#include <fmt/format.h>

#include "render/dashboard_placeholders.hpp"
#include "render/sheet_writing.hpp"
#include "render/xml_text.hpp"

namespace scdash::render {

DocumentProperties dashboard_properties(const kpi::DashboardModel& model,
                                        const templates::Layout& layout) {
  const std::string author =
      layout.publication.author.empty() ? std::string("scdash") : layout.publication.author;
  const std::string subject =
      templates::expand_placeholders(layout.subtitle, placeholder_values(model, layout));
  return {cell_text(fmt::format("{} {}", model.title, model.quarter.label())), cell_text(subject),
          cell_text(author), layout.publication.language};
}

void set_document_properties(lxw_workbook* workbook, const DocumentProperties& properties,
                             std::time_t created) {
  // libxlsxwriter copies the texts, so they need only live for this call.
  lxw_doc_properties set = {};
  set.title = const_cast<char*>(properties.title.c_str());
  set.subject = const_cast<char*>(properties.subject.c_str());
  set.author = const_cast<char*>(properties.author.c_str());
  set.created = created;
  workbook_set_properties(workbook, &set);
}

core::Expected<void, std::string> insert_language(std::string& core_properties,
                                                  const std::string& language) {
  const auto end = core_properties.rfind("</cp:coreProperties>");
  if (end == std::string::npos || core_properties.find("<dc:language>") != std::string::npos) {
    return core::unexpected(std::string("not the core properties this renderer wrote"));
  }
  core_properties.insert(end, fmt::format("<dc:language>{}</dc:language>", escape_xml(language)));
  return {};
}

}  // namespace scdash::render
