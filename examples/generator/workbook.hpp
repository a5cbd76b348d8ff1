// The .xlsx and .csv files the partners send, written so that the same figures always give
// the same bytes.
#pragma once

#include <cstdio>
#include <ctime>
#include <filesystem>
#include <string>
#include <vector>

#include <xlsxwriter.h>

namespace examples {

// An .xlsx workbook with fixed document properties (its author, and the extraction date as
// its creation date), so that the file's bytes depend on its contents only.
class Workbook {
 public:
  Workbook(const std::filesystem::path& path, const std::string& title, const std::string& author,
           std::time_t created);
  ~Workbook();
  Workbook(const Workbook&) = delete;
  Workbook& operator=(const Workbook&) = delete;

  lxw_worksheet* add_sheet(const std::string& name);
  lxw_format* bold() const { return bold_; }
  lxw_format* title() const { return title_; }
  lxw_format* month_heading() const { return month_heading_; }  // a date shown "mmm-yy"
  lxw_format* month_cell() const { return month_cell_; }        // the same, not bold
  lxw_format* number_format(const char* code);

  // Writes the file; false if it could not be written.
  bool close();

 private:
  lxw_workbook* workbook_;
  lxw_format* bold_;
  lxw_format* title_;
  lxw_format* month_heading_;
  lxw_format* month_cell_;
};

// Writes a text or a number, whichever the cell holds.
void write_text(lxw_worksheet* sheet, int row, int column, const std::string& text,
                lxw_format* format = nullptr);
void write_number(lxw_worksheet* sheet, int row, int column, double value,
                  lxw_format* format = nullptr);

// A CSV file, fields quoted only where they must be (RFC 4180).
class CsvFile {
 public:
  CsvFile(const std::filesystem::path& path, const char* line_end, bool byte_order_mark);
  ~CsvFile();
  CsvFile(const CsvFile&) = delete;
  CsvFile& operator=(const CsvFile&) = delete;

  void row(const std::vector<std::string>& fields);
  bool close();

 private:
  std::FILE* file_;
  const char* line_end_;
  bool failed_ = false;
};

}  // namespace examples
