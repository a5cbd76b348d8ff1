// Relationships: how the parts of an OOXML package find each other.
//
// A part's relationships live in "<dir>/_rels/<name>.rels" and give each related part an id, a
// type (a URI whose last segment says what it is: "officeDocument", "worksheet", "sharedStrings",
// "styles") and a target. Writers differ in how they write targets: relative to the part
// ("worksheets/sheet1.xml"), absolute ("/xl/worksheets/sheet1.xml"), with backslashes, "..",
// or percent-escapes. Every form resolves here to one part name, "xl/worksheets/sheet1.xml".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "io/zip_archive.hpp"

namespace scdash::io::detail {

struct Relationship {
  std::string id;
  std::string kind;    // the type URI's last segment, e.g. "worksheet"
  std::string target;  // the part name the target resolves to
};

class Relationships {
 public:
  // Reads a .rels part; targets resolve against `source_part` (empty for the package itself).
  // External targets (web links) are left out: they are not parts.
  static core::Expected<Relationships, core::Diagnostic> read(ZipPartReader& part,
                                                              std::string_view source_part);

  const Relationship* find_id(std::string_view id) const;
  // The first relationship of a kind, e.g. "officeDocument".
  const Relationship* find_kind(std::string_view kind) const;

 private:
  std::vector<Relationship> relationships_;
  // Each id's first relationship: a workbook of thousands of sheets looks up as many ids.
  std::unordered_map<std::string, std::size_t> by_id_;
};

// "xl/_rels/workbook.xml.rels" for "xl/workbook.xml"; "_rels/.rels" for the package ("").
std::string relationships_part_for(std::string_view part_name);

// The part a target names, seen from `source_part`: "xl/worksheets/sheet1.xml" for
// "worksheets/sheet1.xml", "/xl/worksheets/sheet1.xml" or "..\\xl\\worksheets\\sheet1.xml" seen
// from "xl/workbook.xml". Nullopt when ".." climbs above the package root.
std::optional<std::string> resolve_target(std::string_view source_part, std::string_view target);

}  // namespace scdash::io::detail
