// Helpers for the io tests: hand-made .xlsx packages, opened from memory, read whole.
//
// XlsxParts starts as the smallest workbook Excel opens (one empty sheet) and lets a test
// replace any part with the XML it wants to prove something about, well-formed or not.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "scdash/io/workbook.hpp"
#include "support/memory_file_system.hpp"
#include "support/zip_builder.hpp"

namespace scdash::testing {

inline constexpr const char* kMainNamespace =
    "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
inline constexpr const char* kRelationshipTypes =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// A <worksheet> in the main namespace holding `sheet_data` inside <sheetData>.
inline std::string worksheet(const std::string& sheet_data, const std::string& after = {}) {
  return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"") +
         kMainNamespace + "\"><sheetData>" + sheet_data + "</sheetData>" + after + "</worksheet>";
}

// A sharedStrings part whose <si> items hold `items` (each the XML inside one <si>).
inline std::string shared_strings(const std::vector<std::string>& items) {
  std::string xml = std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"") +
                    kMainNamespace + "\">";
  for (const auto& item : items) {
    xml += "<si>" + item + "</si>";
  }
  return xml + "</sst>";
}

// A styles part with custom number formats (id, code) and cell formats (numFmtId of each xf).
inline std::string styles(const std::vector<std::pair<int, std::string>>& number_formats,
                          const std::vector<int>& cell_format_ids) {
  std::string xml = std::string("<styleSheet xmlns=\"") + kMainNamespace + "\"><numFmts>";
  for (const auto& [id, code] : number_formats) {
    xml += "<numFmt numFmtId=\"" + std::to_string(id) + "\" formatCode=\"" + code + "\"/>";
  }
  xml += "</numFmts><cellXfs>";
  for (const int id : cell_format_ids) {
    xml += "<xf numFmtId=\"" + std::to_string(id) + "\"/>";
  }
  return xml + "</cellXfs></styleSheet>";
}

class XlsxParts {
 public:
  XlsxParts() {
    parts_["[Content_Types].xml"] =
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";
    parts_["_rels/.rels"] = relationships({{"rId1", "officeDocument", "xl/workbook.xml"}});
    parts_["xl/workbook.xml"] = std::string("<workbook xmlns=\"") + kMainNamespace +
                                "\" xmlns:r=\"" + kRelationshipTypes +
                                "\"><sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/>"
                                "</sheets></workbook>";
    parts_["xl/worksheets/sheet1.xml"] = worksheet("");
  }

  XlsxParts& set(const std::string& name, std::string contents) {
    parts_[name] = std::move(contents);
    return *this;
  }
  XlsxParts& remove(const std::string& name) {
    parts_.erase(name);
    return *this;
  }
  XlsxParts& sheet(const std::string& sheet_data) {
    return set("xl/worksheets/sheet1.xml", worksheet(sheet_data));
  }

  // The archive. Unless a test set its own, the workbook's relationships name sheet1 and
  // whichever of sharedStrings and styles the package holds.
  std::string zip(ZipMethod method = ZipMethod::deflate) const {
    auto parts = parts_;
    if (!parts.contains("xl/_rels/workbook.xml.rels")) {
      std::vector<Relation> relations = {{"rId1", "worksheet", "worksheets/sheet1.xml"}};
      if (parts.contains("xl/sharedStrings.xml")) {
        relations.push_back({"rId2", "sharedStrings", "sharedStrings.xml"});
      }
      if (parts.contains("xl/styles.xml")) {
        relations.push_back({"rId3", "styles", "styles.xml"});
      }
      parts["xl/_rels/workbook.xml.rels"] = relationships(relations);
    }
    std::vector<ZipEntry> entries;
    for (auto& [name, contents] : parts) {
      entries.push_back({name, std::move(contents), method});
    }
    return build_zip(entries);
  }

  struct Relation {
    std::string id;
    std::string kind;  // the last segment of the type URI
    std::string target;
  };
  static std::string relationships(const std::vector<Relation>& relations) {
    std::string xml =
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    for (const auto& relation : relations) {
      xml += "<Relationship Id=\"" + relation.id + "\" Type=\"" + kRelationshipTypes + "/" +
             relation.kind + "\" Target=\"" + relation.target + "\"/>";
    }
    return xml + "</Relationships>";
  }

 private:
  std::map<std::string, std::string> parts_;
};

// Opens `bytes` as the file `name` through an in-memory file system.
inline core::Expected<std::unique_ptr<io::Workbook>, core::Diagnostic> open_bytes(
    std::string bytes, const std::string& name = "return.xlsx") {
  MemoryFileSystem file_system;
  file_system.add_file(name, std::move(bytes));
  return io::open_workbook(file_system, name, name);
}

// Every row of one sheet, or the diagnostic that stopped the reading.
struct SheetContents {
  std::vector<io::Row> rows;
  std::optional<core::Diagnostic> failure;

  // The cell at an A1 reference, if delivered.
  const io::Cell* cell(std::string_view a1) const {
    const auto ref = core::parse_a1(a1);
    for (const auto& row : rows) {
      for (const auto& cell : row.cells) {
        if (ref && cell.ref == *ref) {
          return &cell;
        }
      }
    }
    return nullptr;
  }
};

inline SheetContents read_all(io::Workbook& workbook, std::size_t index = 0) {
  SheetContents contents;
  auto read = workbook.read_sheet(index, [&](const io::Row& row) {
    contents.rows.push_back(row);
    return true;
  });
  if (!read) {
    contents.failure = read.error();
  }
  return contents;
}

// Opens the package and reads its first sheet; the diagnostic of either step, if any.
inline SheetContents read_package(const std::string& bytes,
                                  const std::string& name = "return.xlsx") {
  auto workbook = open_bytes(bytes, name);
  if (!workbook) {
    return {{}, workbook.error()};
  }
  return read_all(**workbook);
}

}  // namespace scdash::testing
