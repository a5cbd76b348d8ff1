// The published copy's notes. The internal dashboard puts a note on every figure as an Excel
// comment; screen readers pass comments by and printing leaves them out, so the published copy
// marks each row of the Dashboard "[note 4]" instead and lists on a Notes sheet what each of
// that row's cells' notes says, as the Government Analysis Function's accessible spreadsheets do.
//
//   NoteList notes;
//   const std::size_t number = notes.open("Hate crime rate");    // 1: the label says "[note 1]"
//   notes.add("Current (12 months to Sep 2026)", "E7", "12 monthly figures sum to ...");
//   write_notes_sheet(workbook, notes);
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <xlsxwriter.h>

namespace scdash::render {

struct NoteLine {
  std::size_t number;  // the row's note: "[note 4]"
  std::string row;     // what the row is: an outcome or an indicator
  std::string figure;  // the column, or the district, the cell is in
  std::string cell;    // "E7" on the Dashboard; empty for a footnote
  std::string text;
};

class NoteList {
 public:
  // Starts the next note, for the row named `row`, and returns its number.
  std::size_t open(std::string row);
  // A line of the note last opened.
  void add(std::string figure, std::string cell, std::string text);
  const std::vector<NoteLine>& lines() const { return lines_; }

 private:
  std::size_t number_ = 0;
  std::string row_;
  std::vector<NoteLine> lines_;
};

// "[note 4]", the mark the row's label carries.
std::string note_mark(std::size_t number);

// "Notes": one row per line of each note, in the order of their numbers, as an Excel table.
void write_notes_sheet(lxw_workbook* workbook, const NoteList& notes);

}  // namespace scdash::render
