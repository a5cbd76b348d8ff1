#include "workbook.hpp"

namespace examples {

Workbook::Workbook(const std::filesystem::path& path, const std::string& title,
                   const std::string& author, std::time_t created)
    : workbook_(workbook_new(path.string().c_str())) {
  lxw_doc_properties properties = {};
  properties.title = const_cast<char*>(title.c_str());
  properties.author = const_cast<char*>(author.c_str());
  properties.created = created;
  workbook_set_properties(workbook_, &properties);
  bold_ = workbook_add_format(workbook_);
  format_set_bold(bold_);
  title_ = workbook_add_format(workbook_);
  format_set_bold(title_);
  format_set_font_size(title_, 14);
  month_heading_ = workbook_add_format(workbook_);
  format_set_bold(month_heading_);
  format_set_num_format(month_heading_, "mmm-yy");
  month_cell_ = workbook_add_format(workbook_);
  format_set_num_format(month_cell_, "mmm-yy");
}

Workbook::~Workbook() {
  if (workbook_ != nullptr) {
    workbook_close(workbook_);
  }
}

lxw_worksheet* Workbook::add_sheet(const std::string& name) {
  return workbook_add_worksheet(workbook_, name.c_str());
}

lxw_format* Workbook::number_format(const char* code) {
  lxw_format* format = workbook_add_format(workbook_);
  format_set_num_format(format, code);
  return format;
}

bool Workbook::close() {
  const bool written = workbook_close(workbook_) == LXW_NO_ERROR;
  workbook_ = nullptr;
  return written;
}

void write_text(lxw_worksheet* sheet, int row, int column, const std::string& text,
                lxw_format* format) {
  worksheet_write_string(sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column),
                         text.c_str(), format);
}

void write_number(lxw_worksheet* sheet, int row, int column, double value, lxw_format* format) {
  worksheet_write_number(sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column), value,
                         format);
}

CsvFile::CsvFile(const std::filesystem::path& path, const char* line_end, bool byte_order_mark)
    : file_(std::fopen(path.string().c_str(), "wb")), line_end_(line_end) {
  if (file_ != nullptr && byte_order_mark) {
    failed_ = std::fputs("\xEF\xBB\xBF", file_) < 0;
  }
}

CsvFile::~CsvFile() {
  if (file_ != nullptr) {
    std::fclose(file_);
  }
}

void CsvFile::row(const std::vector<std::string>& fields) {
  if (file_ == nullptr) {
    return;
  }
  std::string line;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const std::string& field = fields[i];
    line += i == 0 ? "" : ",";
    if (field.find_first_of(",\"\r\n") == std::string::npos) {
      line += field;
      continue;
    }
    line += '"';
    for (const char c : field) {
      line += c == '"' ? "\"\"" : std::string(1, c);
    }
    line += '"';
  }
  line += line_end_;
  failed_ = failed_ || std::fputs(line.c_str(), file_) < 0;
}

bool CsvFile::close() {
  if (file_ == nullptr) {
    return false;
  }
  const bool closed = std::fclose(file_) == 0;
  file_ = nullptr;
  return closed && !failed_;
}

}  // namespace examples
