// The zip container of an Office Open XML package, written with libzip: in memory for the
// packages scdash writes whole (the board report), and the one date every entry is given.
#pragma once

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

}  // namespace scdash::render
