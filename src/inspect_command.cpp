// scdash inspect: what a workbook holds and where, to help an analyst write its mapping: each
// sheet with its visibility, the range its cells really use, its merged ranges, and its first
// rows as a grid labelled with Excel's row numbers and column letters.
#include <algorithm>

#include <fmt/format.h>
#include <boost/program_options.hpp>

#include "command_line.hpp"
#include "commands.hpp"
#include "diagnostic_printer.hpp"
#include "exit_status.hpp"
#include "scdash/io.hpp"
#include "scdash/platform/disk_file_system.hpp"
#include "terminal_text.hpp"

namespace scdash::cli {
namespace {

namespace po = boost::program_options;

constexpr const char* kExample = R"(
The used range is computed from the cells read, not taken from the file's own claim.

example:
  scdash inspect returns/police-crime.xlsx --rows 20
)";

// Wide enough for a district's name or a date-time, narrow enough to keep rows on one screen.
constexpr std::size_t kMaxCellWidth = 24;
constexpr std::uint32_t kMaxGridColumns = 16;

struct InspectOptions {
  std::string file;
  std::uint32_t rows = 12;
};

po::options_description describe_options(InspectOptions& options) {
  po::options_description described("usage: scdash inspect FILE [options]\n\noptions");
  described.add_options()("help,h", "show this help")(
      "rows", po::value(&options.rows)->default_value(12),
      "how many rows of each sheet to show, from the first row that has a cell");
  return described;
}

std::string_view visibility_name(io::SheetVisibility visibility) {
  switch (visibility) {
    case io::SheetVisibility::visible:
      return "visible";
    case io::SheetVisibility::hidden:
      return "hidden";
    case io::SheetVisibility::very_hidden:
      return "very hidden";
  }
  return "visible";
}

bool is_continuation_byte(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Characters on screen, counting each UTF-8 character once.
std::size_t display_width(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return !is_continuation_byte(c); }));
}

// The cell's value on one line and at most kMaxCellWidth characters, cut with an ellipsis.
std::string grid_text(const io::Cell& cell) {
  std::string text = io::value_text(cell);
  std::replace_if(
      text.begin(), text.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
  text = terminal_safe(text);  // the partner's text: any other control character is escaped
  if (display_width(text) <= kMaxCellWidth) {
    return text;
  }
  std::size_t characters = 0;
  std::size_t cut = 0;
  for (; cut < text.size(); ++cut) {
    if (!is_continuation_byte(text[cut]) && ++characters == kMaxCellWidth) {
      break;  // the last character's place goes to the ellipsis
    }
  }
  return text.substr(0, cut) + "\u2026";
}

void print_grid(const io::SheetSurvey& survey) {
  const io::CellRange& used = *survey.used;
  const std::uint32_t first_column = used.first.column;
  const std::uint32_t columns = std::min(used.last.column - first_column + 1, kMaxGridColumns);
  std::vector<std::vector<std::string>> texts;
  std::vector<std::size_t> widths(columns, 1);
  for (std::uint32_t c = 0; c < columns; ++c) {
    widths[c] = core::column_name(first_column + c).size();
  }
  for (const io::Row& row : survey.first_rows) {
    auto& line = texts.emplace_back(columns);
    for (const io::Cell& cell : row.cells) {
      if (cell.ref.column >= first_column && cell.ref.column - first_column < columns) {
        const std::uint32_t c = cell.ref.column - first_column;
        line[c] = grid_text(cell);
        widths[c] = std::max(widths[c], display_width(line[c]));
      }
    }
  }
  const std::size_t label_width = std::to_string(used.last.row + 1).size() + 4;
  std::string out(label_width, ' ');
  for (std::uint32_t c = 0; c < columns; ++c) {
    const std::string name = core::column_name(first_column + c);
    out += name + std::string(widths[c] - name.size() + 2, ' ');
  }
  fmt::print("{}\n", out.substr(0, out.find_last_not_of(' ') + 1));
  std::uint32_t row_index = used.first.row;
  std::size_t next = 0;
  const std::uint32_t last_row =
      survey.first_rows.empty() ? row_index : survey.first_rows.back().index;
  for (; row_index <= last_row; ++row_index) {
    out = fmt::format("{:>{}}    ", row_index + 1, label_width - 4);
    if (next < survey.first_rows.size() && survey.first_rows[next].index == row_index) {
      const auto& line = texts[next++];
      for (std::uint32_t c = 0; c < columns; ++c) {
        out += line[c] + std::string(widths[c] - display_width(line[c]) + 2, ' ');
      }
    }
    fmt::print("{}\n", out.substr(0, out.find_last_not_of(' ') + 1));
  }
  if (used.last.column - first_column + 1 > columns) {
    fmt::print("    ({} more columns to {})\n", used.last.column - first_column + 1 - columns,
               core::column_name(used.last.column));
  }
}

}  // namespace

int inspect_command(const Arguments& arguments) {
  InspectOptions options;
  po::options_description described = describe_options(options);
  const CommandLine line{"inspect", described, "file", options.file, "give the workbook to inspect",
                         kExample};
  po::variables_map values;
  if (const auto stop = parse_command_line(line, arguments, values)) {
    return *stop;
  }

  const auto file_system = platform::make_disk_file_system();
  auto opened = io::open_workbook(*file_system, options.file, options.file);
  if (!opened) {
    print_diagnostics(stderr, {opened.error()});
    return kInputOutputError;
  }
  io::Workbook& workbook = **opened;
  const auto& sheets = workbook.sheets();
  fmt::print("{}: {} sheet{}\n", options.file, sheets.size(), sheets.size() == 1 ? "" : "s");
  for (std::size_t index = 0; index < sheets.size(); ++index) {
    fmt::print("\nsheet {}: {} ({})\n", index + 1, terminal_safe(sheets[index].name),
               visibility_name(sheets[index].visibility));
    const auto survey = io::survey_sheet(workbook, index, options.rows);
    if (!survey) {
      print_diagnostics(stderr, {survey.error()});
      return kInputOutputError;
    }
    if (!survey->used) {
      fmt::print("  no cells\n");
      continue;
    }
    fmt::print("  used range: {} ({} cell{})\n", io::range_a1(*survey->used), survey->cells,
               survey->cells == 1 ? "" : "s");
    if (!survey->merged.empty()) {
      std::string list;
      for (const auto& range : survey->merged) {
        list += (list.empty() ? "" : ", ") + io::range_a1(range);
      }
      fmt::print("  merged: {}\n", list);
    }
    if (options.rows > 0) {
      fmt::print("  first {} row{}:\n", options.rows, options.rows == 1 ? "" : "s");
      print_grid(*survey);
    }
  }
  print_diagnostics(stderr, workbook.notes());
  return kSuccess;
}

}  // namespace scdash::cli
