#include "render/notes_sheet.hpp"

#include <utility>

#include <fmt/format.h>

#include "render/sheet_writing.hpp"

namespace scdash::render {

std::size_t NoteList::open(std::string row) {
  row_ = std::move(row);
  return ++number_;
}

void NoteList::add(std::string figure, std::string cell, std::string text) {
  lines_.push_back({number_, row_, std::move(figure), std::move(cell), std::move(text)});
}

std::string note_mark(std::size_t number) {
  return fmt::format("[note {}]", number);
}

void write_notes_sheet(lxw_workbook* workbook, const NoteList& notes) {
  const TableSheet table = add_table_sheet(workbook, "Notes",
                                           {{"Note", 9},
                                            {"Row of the Dashboard", 40},
                                            {"Figure", 26},
                                            {"Cell", 7},
                                            {"What the note says", 100}},
                                           heading_format(workbook));
  lxw_format* text = house_format(workbook, [](lxw_format*) {});
  lxw_row_t row = 1;
  for (const NoteLine& line : notes.lines()) {
    write_text(table.sheet, row, 0, note_mark(line.number), text);
    write_text(table.sheet, row, 1, line.row, text);
    write_text(table.sheet, row, 2, line.figure, text);
    write_text(table.sheet, row, 3, line.cell, text);
    write_text(table.sheet, row, 4, line.text, text);
    ++row;
  }
  finish_table(table, row - 1);
}

}  // namespace scdash::render
