// The workbook's document properties: its title, subject, author and language, which screen
// readers announce, search engines index and the accessibility checks of Excel and of the
// Government Analysis Function look for.
#pragma once

#include <ctime>
#include <string>

#include <xlsxwriter.h>

#include "scdash/core/expected.hpp"
#include "scdash/kpi/model.hpp"
#include "scdash/template/layout.hpp"

namespace scdash::render {

struct DocumentProperties {
  std::string title;     // "Safer Communities Performance Dashboard Q2 2026/27"
  std::string subject;   // the dashboard's subtitle
  std::string author;    // the layout's publication author, or scdash
  std::string language;  // "en-GB"
};

DocumentProperties dashboard_properties(const kpi::DashboardModel& model,
                                        const templates::Layout& layout);

// Gives the workbook its properties, all but the language, and its creation time.
void set_document_properties(lxw_workbook* workbook, const DocumentProperties& properties,
                             std::time_t created);

// Adds the language to the core properties' XML (docProps/core.xml) once the workbook is closed:
// libxlsxwriter does not write dc:language.
core::Expected<void, std::string> insert_language(std::string& core_properties,
                                                  const std::string& language);

}  // namespace scdash::render
