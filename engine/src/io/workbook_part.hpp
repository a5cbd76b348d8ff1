// WorkbookPart: what the workbook part (xl/workbook.xml) says: the sheets, in tab order, with
// their names, visibility and relationship ids, and which date system the dates use.
#pragma once

#include <string>
#include <vector>

#include "io/zip_archive.hpp"
#include "scdash/io/workbook.hpp"

namespace scdash::io::detail {

struct WorkbookSheet {
  SheetInfo info;
  std::string relationship_id;  // r:id, resolved through the workbook's relationships
};

struct WorkbookPart {
  std::vector<WorkbookSheet> sheets;
  bool date1904 = false;  // serials count from 1904 (<workbookPr date1904="1"/>)

  static core::Expected<WorkbookPart, core::Diagnostic> read(ZipPartReader& part);
};

}  // namespace scdash::io::detail
