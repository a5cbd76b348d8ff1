// Checks that outputs parse, for tests that must prove so whatever the input held: report.json as
// one JSON document in UTF-8, and each XML part of the workbook as well-formed XML 1.0.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace scdash::testing {

// Why `text` is not one JSON document, with the byte offset; nullopt when it is.
std::optional<std::string> json_problem(std::string_view text);

// Why `xml` is not well-formed XML, as expat says, with the line; nullopt when it is.
std::optional<std::string> xml_problem(std::string_view xml);

// Every XML part of the workbook (.xml, .vml, .rels) that is not well-formed, each with why.
std::vector<std::string> malformed_workbook_parts(const std::string& workbook);

}  // namespace scdash::testing
