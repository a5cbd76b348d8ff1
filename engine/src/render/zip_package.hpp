// The zip container of an Office Open XML package, written with libzip: in memory for the
// packages scdash writes whole (the board report), rewritten part by part for those
// libxlsxwriter writes but cannot finish (sparklines, the document's language), and the one date
// every entry is given.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <zip.h>

#include "scdash/core/expected.hpp"

namespace scdash::render {

// The DOS date of 1 January 1980, which libxlsxwriter gives every entry: the same inputs give
// the same bytes.
inline constexpr zip_uint16_t kDosDate1980 = (0 << 9) | (1 << 5) | 1;

struct ArchiveDiscarder {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};
// An archive open for writing, discarded unless it is closed.
using Archive = std::unique_ptr<zip_t, ArchiveDiscarder>;

struct PackagePart {
  std::string name;  // "word/document.xml"
  std::string bytes;
};

// The package's bytes: each part deflated, in the order given ([Content_Types].xml first, as
// readers that stream a package expect), all dated kDosDate1980.
core::Expected<std::string, std::string> zip_package(const std::vector<PackagePart>& parts);

// A change to one part of a package: given its XML, changes it in place, or fails saying why.
struct PartEdit {
  std::string part;  // "xl/worksheets/sheet1.xml"
  std::function<core::Expected<void, std::string>(std::string& xml)> edit;
};

// Rewrites the parts `edits` name in the package at `path`, each dated kDosDate1980 as before,
// so that the output stays reproducible. The package is left as it was when any edit fails.
core::Expected<void, std::string> edit_package(const std::filesystem::path& path,
                                               const std::vector<PartEdit>& edits);

}  // namespace scdash::render
