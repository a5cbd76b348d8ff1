// CellFormats: how each cell format of a workbook shows numbers: as numbers, dates or times.
//
// A cell's s attribute indexes the cell formats (<cellXfs>) of the styles part; each names a
// number format, built in (by id) or custom (<numFmt formatCode>). Only this one fact is kept
// per cell format, because it is all the reader needs to type a number cell.
#pragma once

#include <cstdint>
#include <vector>

#include "io/number_format.hpp"
#include "io/zip_archive.hpp"

namespace scdash::io::detail {

class CellFormats {
 public:
  // No styles part: every number is General.
  CellFormats() = default;
  static core::Expected<CellFormats, core::Diagnostic> read(ZipPartReader& part);

  // A number for an index the workbook does not define, as Excel falls back to General.
  FormatKind kind(std::uint32_t style_index) const {
    return style_index < kinds_.size() ? kinds_[style_index] : FormatKind::number;
  }

 private:
  std::vector<FormatKind> kinds_;
};

}  // namespace scdash::io::detail
