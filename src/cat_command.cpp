// scdash cat: every non-empty cell of a workbook, one per line, so that anyone can compare
// scdash's reading of a file with another tool's.
#include <charconv>
#include <cstdio>
#include <optional>

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
Each line is one cell, in JSONL:
  {"sheet":"Data","cell":"B7","type":"number","value":42}
type is number, string, bool, error or date; dates are ISO 8601 text ("2025-09-30",
"2025-09-30T13:45:00", "13:45:00"). --format csv writes the same as sheet,cell,type,value.

examples:
  scdash cat returns/police-crime.xlsx
  scdash cat returns/police-crime.xlsx --sheet Districts --format csv > cells.csv
)";

// Output is gathered and written in large blocks: a police extract has millions of cells.
constexpr std::size_t kFlushBytes = std::size_t{1} << 20;

struct CatOptions {
  std::string file;
  std::string sheet;
  std::string format = "jsonl";
};

po::options_description describe_options(CatOptions& options) {
  po::options_description described("usage: scdash cat FILE [options]\n\noptions");
  described.add_options()("help,h", "show this help")(
      "sheet", po::value(&options.sheet),
      "only this sheet: its name, or its position counting from 1 (default: every sheet)")(
      "format", po::value(&options.format)->default_value("jsonl"), "jsonl or csv");
  return described;
}

// The sheet named `wanted`, or failing that the sheet at position `wanted` counting from 1.
std::optional<std::size_t> find_sheet(const io::Workbook& workbook, const std::string& wanted) {
  const auto& sheets = workbook.sheets();
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    if (sheets[i].name == wanted) {
      return i;
    }
  }
  std::size_t position = 0;
  const auto [end, error] = std::from_chars(wanted.data(), wanted.data() + wanted.size(), position);
  if (error == std::errc() && end == wanted.data() + wanted.size() && position >= 1 &&
      position <= sheets.size()) {
    return position - 1;
  }
  return std::nullopt;
}

std::string sheet_list(const io::Workbook& workbook) {
  std::string list;
  for (const auto& sheet : workbook.sheets()) {
    list += (list.empty() ? "'" : ", '") + terminal_safe(sheet.name) + "'";
  }
  return list;
}

void flush(std::string& out) {
  std::fwrite(out.data(), 1, out.size(), stdout);
  out.clear();
}

}  // namespace

int cat_command(const Arguments& arguments) {
  CatOptions options;
  po::options_description described = describe_options(options);
  const CommandLine line{"cat",   described, "file", options.file, "give the workbook to read",
                         kExample};
  po::variables_map values;
  if (const auto stop = parse_command_line(line, arguments, values)) {
    return *stop;
  }
  if (options.format != "jsonl" && options.format != "csv") {
    return usage_error(line, "--format must be jsonl or csv");
  }

  const auto file_system = platform::make_disk_file_system();
  auto workbook = io::open_workbook(*file_system, options.file, options.file);
  if (!workbook) {
    print_diagnostics(stderr, {workbook.error()});
    return kInputOutputError;
  }
  std::vector<std::size_t> selected;
  if (options.sheet.empty()) {
    for (std::size_t i = 0; i < (*workbook)->sheets().size(); ++i) {
      selected.push_back(i);
    }
  } else if (const auto index = find_sheet(**workbook, options.sheet)) {
    selected.push_back(*index);
  } else {
    fmt::print(stderr, "scdash cat: {} has no sheet '{}'; its sheets are: {}\n", options.file,
               options.sheet, sheet_list(**workbook));
    return kUsageError;
  }

  const bool jsonl = options.format == "jsonl";
  std::string out;
  if (!jsonl) {
    out += "sheet,cell,type,value\n";
  }
  for (const std::size_t index : selected) {
    const std::string& sheet = (*workbook)->sheets()[index].name;
    auto read = (*workbook)->read_sheet(index, [&](const io::Row& row) {
      for (const io::Cell& cell : row.cells) {
        if (cell.type == io::CellType::empty) {
          continue;
        }
        if (jsonl) {
          io::append_json_line(out, sheet, cell);
        } else {
          io::append_csv_line(out, sheet, cell);
        }
        out += '\n';
      }
      if (out.size() >= kFlushBytes) {
        flush(out);
      }
      return true;
    });
    flush(out);
    if (!read) {
      std::fflush(stdout);
      print_diagnostics(stderr, {read.error()});
      return kInputOutputError;
    }
  }
  std::fflush(stdout);
  print_diagnostics(stderr, (*workbook)->notes());
  return kSuccess;
}

}  // namespace scdash::cli
