// SharedStrings: the workbook's table of strings, which cells of type "s" refer to by index.
//
// It is the one structure held whole in memory while a sheet streams, so it is stored compactly:
// every string end to end in one buffer, with an offset per string.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "io/xlsx_limits.hpp"
#include "io/zip_archive.hpp"

namespace scdash::io::detail {

class SharedStrings {
 public:
  // Reads the sharedStrings part. Fails with xlsx-too-large beyond the limits' count or bytes,
  // xlsx-text-too-long for a string longer than Excel allows, or the part's XML errors.
  static core::Expected<SharedStrings, core::Diagnostic> read(ZipPartReader& part,
                                                              const XlsxLimits& limits);

  std::size_t size() const { return offsets_.size() - 1; }
  std::string_view operator[](std::size_t index) const {
    return std::string_view(text_).substr(offsets_[index], offsets_[index + 1] - offsets_[index]);
  }

 private:
  std::string text_;
  // offsets_[i] is where string i starts; one more entry marks the end of the last.
  std::vector<std::uint32_t> offsets_{0};
};

}  // namespace scdash::io::detail
