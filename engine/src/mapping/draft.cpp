#include "scdash/mapping/draft.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <optional>
#include <set>
#include <vector>

#include <fmt/format.h>

#include "mapping/cell_reading.hpp"
#include "scdash/core/calendar.hpp"
#include "scdash/core/text.hpp"
#include "scdash/io/cell_text.hpp"
#include "scdash/mapping/glob.hpp"
#include "scdash/mapping/value_text.hpp"

namespace scdash::mapping {
namespace {

constexpr std::uint32_t kRowsRead = 200;     // enough rows to see a table's columns
constexpr std::uint32_t kHeaderSearch = 30;  // the header row is looked for this far down
constexpr std::uint32_t kFormRows = 60;      // a form's figures are this far down at most
constexpr std::size_t kMostLabels = 30;      // a column with more distinct texts is no lookup
constexpr std::size_t kMostStrangers = 5;    // names outside the partnership proposed at most
constexpr std::size_t kFewestEvents = 10;    // rows needed to tell events from figures

// What the values below a heading are.
struct ColumnProfile {
  std::uint32_t column = 0;
  std::string heading;
  std::size_t values = 0;
  std::size_t areas = 0;
  std::size_t periods = 0;
  std::size_t dates = 0;  // full dates, as records have
  std::size_t numbers = 0;
  std::vector<std::string> labels;  // distinct texts, in order of appearance
  // Values that are an area and a code after it, as LSOA names are ("Charnwood 012A"): how
  // many, the length of the code, and the names before a code that are no area (the city).
  std::size_t area_prefixes = 0;
  std::size_t code_length = 0;
  std::vector<std::string> strangers;

  bool mostly(std::size_t count) const { return values > 0 && count * 10 >= values * 6; }
};

// A text as a YAML scalar: plain when that is safe, double-quoted otherwise. yaml-cpp takes a
// '?' in a flow sequence ("[return-????.xlsx]") for a key's mark, so a '?' is quoted.
std::string yaml_text(std::string_view text) {
  const bool plain = !text.empty() && std::isalpha(static_cast<unsigned char>(text.front())) &&
                     text.find_first_not_of(
                         "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 "
                         "_.()/*-") == std::string_view::npos &&
                     !text.ends_with(' ') && !parse_number_text(text);
  const std::string lowered = core::normalise_label(text);
  if (plain && lowered != "yes" && lowered != "no" && lowered != "true" && lowered != "false" &&
      lowered != "on" && lowered != "off" && lowered != "null") {
    return std::string(text);
  }
  std::string quoted;
  for (char c : core::valid_utf8(text)) {
    if (c == '"' || c == '\\') {
      quoted += '\\';
    }
    quoted += c;
  }
  // Control characters as YAML's own escapes ("\n", "\x01"), which YAML requires of them.
  return "\"" + core::escape_control_characters(quoted, core::LineBreaks::escape) + "\"";
}

// A partner's name (of a file, a sheet) inside a YAML comment, which ends at a line break.
std::string comment_text(std::string_view text) {
  return core::escape_control_characters(core::valid_utf8(text), core::LineBreaks::escape);
}

// The pattern for the partner's next files, from this one's name: each digit may change ('?')
// and each month's name ('*'), and nothing else, so that "2025-09-leicestershire-street.csv"
// gives "????-??-leicestershire-street.csv" and never "*.csv", which would claim every CSV.
std::string files_glob(const std::string& name) {
  std::string glob;
  for (std::size_t i = 0; i < name.size();) {
    const auto c = static_cast<unsigned char>(name[i]);
    if (std::isdigit(c)) {
      glob += '?';
      ++i;
      continue;
    }
    if (!std::isalpha(c)) {
      glob += name[i++];
      continue;
    }
    std::size_t end = i;
    while (end < name.size() && std::isalpha(static_cast<unsigned char>(name[end]))) {
      ++end;
    }
    const std::string_view word = std::string_view(name).substr(i, end - i);
    glob += is_month_name(word) ? std::string("*") : std::string(word);
    i = end;
  }
  return glob;
}

// "asb-hinckley-2025-09.xlsx" → "asb-hinckley-(*).xlsx": the part from the first digit, which
// may be the file's period.
std::string period_capture_pattern(const std::string& name) {
  const std::string_view middle = kCaptureMarker;
  const auto digit = name.find_first_of("0123456789");
  const auto dot = name.rfind('.');
  if (digit == std::string::npos || (dot != std::string::npos && digit >= dot)) {
    return name;
  }
  return name.substr(0, digit) + std::string(middle) +
         (dot == std::string::npos ? "" : name.substr(dot));
}

bool is_csv(std::string_view file_name) {
  constexpr std::string_view kExtension = ".csv";
  if (file_name.size() < kExtension.size()) {
    return false;
  }
  const std::string_view extension = file_name.substr(file_name.size() - kExtension.size());
  return std::equal(extension.begin(), extension.end(), kExtension.begin(), [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) == b;
  });
}

// A value that is a name and a code after it ("Charnwood 012A"): the name, and the code's
// length; nullopt when the last word has no digit, and so is no code.
std::optional<std::pair<std::string, std::size_t>> name_and_code(std::string_view text) {
  text = core::trim(text);
  const auto space = text.find_last_of(' ');
  if (space == std::string_view::npos || space == 0) {
    return std::nullopt;
  }
  const std::string_view code = text.substr(space + 1);
  if (code.find_first_of("0123456789") == std::string_view::npos) {
    return std::nullopt;
  }
  return std::pair{std::string(core::trim(text.substr(0, space))), code.size()};
}

// A day's date, as records carry, rather than a month's heading ("Apr-25", 01/04/2025).
bool is_record_date(const io::Cell& cell) {
  if (cell.type == io::CellType::date) {
    const auto date = core::civil_date(cell.number);
    return date && date->day != 1;
  }
  return cell.type == io::CellType::string && parse_date_month(cell.text).has_value();
}

class Drafter {
 public:
  Drafter(std::vector<io::Row> rows, const core::AreaDirectory& areas, std::string file_name)
      : rows_(std::move(rows)), areas_(areas), file_name_(std::move(file_name)) {}

  // The YAML lines after 'sheet:', for the layout found.
  std::string layout() {
    for (const io::Row& row : rows_) {
      if (row.index >= kHeaderSearch) {
        break;
      }
      if (auto wide = wide_table(row)) {
        return *wide;
      }
      if (auto table = table_of_columns(row)) {
        return *table;
      }
    }
    return form();
  }

  // A title alone in the first row, to tell this layout from others named alike.
  std::string title() const {
    if (rows_.empty() || rows_.front().index != 0) {
      return {};
    }
    std::vector<const io::Cell*> filled;
    for (const auto& cell : rows_.front().cells) {
      if (!is_blank(cell)) {
        filled.push_back(&cell);
      }
    }
    return filled.size() == 1 && filled.front()->type == io::CellType::string
               ? std::string(core::trim(filled.front()->text))
               : std::string();
  }

 private:
  std::optional<std::string> wide_table(const io::Row& header) {
    std::vector<const io::Cell*> periods;
    std::vector<const io::Cell*> areas;
    std::vector<const io::Cell*> others;
    for (const auto& cell : header.cells) {
      if (is_blank(cell)) {
        continue;
      }
      if (period_of_cell(cell)) {
        periods.push_back(&cell);
      } else if (cell.type == io::CellType::string && areas_.resolve(cell.text)) {
        areas.push_back(&cell);
      } else {
        others.push_back(&cell);
      }
    }
    const bool across_periods = periods.size() >= 2;
    if ((!across_periods && areas.size() < 2) || others.empty()) {
      return std::nullopt;
    }
    // The row labels are in the heading column whose values are most recognisable.
    std::vector<ColumnProfile> profiles;
    for (const io::Cell* cell : others) {
      profiles.push_back(profile(header.index, *cell));
    }
    const auto best = std::max_element(
        profiles.begin(), profiles.end(), [&](const ColumnProfile& a, const ColumnProfile& b) {
          return (across_periods ? a.areas : a.periods) < (across_periods ? b.areas : b.periods);
        });
    const bool labels_known = best->mostly(across_periods ? best->areas : best->periods);
    const ColumnProfile& label = labels_known ? *best : profiles.front();
    std::string out = "table:\n  shape: wide\n";
    std::string fixed;
    if (labels_known) {
      fmt::format_to(std::back_inserter(out), "  {}_column: {}  # {} of {} labels recognised\n",
                     across_periods ? "area" : "period", yaml_text(label.heading),
                     across_periods ? label.areas : label.periods, label.values);
    } else {
      fmt::format_to(std::back_inserter(out),
                     "  measure_column: {}  # the row labels, looked up in 'measures' below\n",
                     yaml_text(label.heading));
    }
    fmt::format_to(std::back_inserter(out), "  across: {}  # {} headings in row {}\n",
                   across_periods ? "periods" : "areas",
                   across_periods ? periods.size() : areas.size(), header.index + 1);
    const auto stops = stop_labels(label);
    if (!stops.empty()) {
      fmt::format_to(std::back_inserter(out), "  stop_at: [{}]\n", fmt::join(stops, ", "));
    }
    if (labels_known) {
      out += "measure: TODO  # the measure every figure counts, such as crime.total\n";
    } else {
      out += across_periods ? "area: TODO  # the area every figure is for, such as Leicestershire\n"
                            : "period: " + period_source() + "\n";
      out += measures_table(label);
    }
    return out;
  }

  std::optional<std::string> table_of_columns(const io::Row& header) {
    std::vector<ColumnProfile> profiles;
    for (const auto& cell : header.cells) {
      if (cell.type == io::CellType::string && !is_blank(cell)) {
        profiles.push_back(profile(header.index, cell));
      }
    }
    if (profiles.size() < 2) {
      return std::nullopt;
    }
    const ColumnProfile* area = pick(profiles, &ColumnProfile::areas);
    const ColumnProfile* area_in_name =
        area == nullptr ? pick(profiles, &ColumnProfile::area_prefixes) : nullptr;
    area = area ? area : area_in_name;
    const ColumnProfile* period = pick(profiles, &ColumnProfile::periods);
    const ColumnProfile* date = pick(profiles, &ColumnProfile::dates);
    if (area == nullptr && period == nullptr && date == nullptr) {
      return std::nullopt;
    }
    std::vector<const ColumnProfile*> numbers;
    const ColumnProfile* labels = nullptr;
    for (const auto& column : profiles) {
      if (&column == area || &column == period || &column == date) {
        continue;
      }
      if (column.mostly(column.numbers)) {
        numbers.push_back(&column);
      } else if (is_lookup(column) && column.labels.size() > 1 &&
                 (labels == nullptr || column.values > labels->values ||
                  (column.values == labels->values &&
                   column.labels.size() < labels->labels.size()))) {
        // A category: given on every row, of few repeated labels; not a constant, not an id.
        labels = &column;
      }
    }
    std::string out;
    auto column_line = [&](std::string_view key, const ColumnProfile* column) {
      if (column != nullptr) {
        fmt::format_to(std::back_inserter(out), "  {}: {}\n", key, yaml_text(column->heading));
      }
    };
    // The area column, with a pattern where the area comes before a code.
    const auto area_line = [&] {
      if (area_in_name != nullptr) {
        area_with_pattern(out, *area_in_name);
      } else {
        column_line("area_column", area);
      }
    };
    // One row per event: dated by the day, or the same month, area and category on many rows.
    const bool dated = date != nullptr && period == nullptr;
    if (dated || (period != nullptr && repeats(header.index, {area, period, labels}))) {
      const ColumnProfile* month = dated ? date : period;
      out +=
          "table:\n  shape: records  # one row per crime or incident, counted by area and month\n";
      area_line();
      column_line("period_column", month);
      out +=
          "  figures:\n    - measure: TODO  # what each row counts towards, such as crime.total\n";
      if (labels != nullptr) {
        fmt::format_to(std::back_inserter(out),
                       "      # where: {{column: {}, in: [{}]}}\n"
                       "# {} seen: {}\n",
                       yaml_text(labels->heading), yaml_text(labels->labels.front()),
                       comment_text(labels->heading),
                       comment_text(fmt::format("{}", fmt::join(labels->labels, ", "))));
      }
      return finish_fixed(out, area, month);
    }
    if (numbers.size() >= 2 && labels == nullptr) {
      out += "table:\n  shape: wide\n";
      if (area != nullptr) {
        area_line();
      } else {
        column_line("period_column", period);
      }
      out += "  across: measures  # the headings are looked up in 'measures' below\n";
      finish_fixed(out, area, period);
      out += "measures:\n";
      for (const ColumnProfile* column : numbers) {
        fmt::format_to(std::back_inserter(out), "  {}: TODO\n", yaml_text(column->heading));
      }
      return out;
    }
    if (numbers.empty()) {
      return std::nullopt;
    }
    out += "table:\n  shape: long  # one figure per row\n";
    area_line();
    column_line("period_column", period);
    column_line("measure_column", labels);
    column_line("value_column", numbers.back());
    finish_fixed(out, area, period);
    if (labels != nullptr) {
      out += measures_table(*labels);
    } else {
      out += "measure: TODO  # the measure every figure counts, such as asb.total\n";
    }
    return out;
  }

  // Whether rows below the header repeat the same values in these columns (an area by its
  // name before a code): one row per event, as no table of figures has.
  bool repeats(std::uint32_t header_row, std::vector<const ColumnProfile*> columns) const {
    std::erase(columns, nullptr);
    if (columns.empty()) {
      return false;
    }
    std::set<std::string> keys;
    std::size_t rows = 0;
    for (const io::Row& row : rows_) {
      if (row.index <= header_row) {
        continue;
      }
      std::string key;
      for (const ColumnProfile* column : columns) {
        const io::Cell* cell = cell_at(row, column->column);
        std::string text = cell ? io::value_text(*cell) : std::string();
        if (const auto split = column->area_prefixes > 0 ? name_and_code(text) : std::nullopt) {
          text = split->first;
        }
        key += text + '\x1f';
      }
      ++rows;
      keys.insert(std::move(key));
    }
    return rows >= kFewestEvents && keys.size() * 10 <= rows * 9;
  }

  // The area column whose values are an area and a code: the area kept by a pattern, and the
  // names before a code that are no area proposed as outside the partnership.
  static void area_with_pattern(std::string& out, const ColumnProfile& column) {
    fmt::format_to(std::back_inserter(out),
                   "  area_column:\n"
                   "    header: {}\n"
                   "    pattern: \"(*) {}\"  # the area before a code: {} of {} values\n",
                   yaml_text(column.heading), std::string(column.code_length, '?'),
                   column.area_prefixes, column.values);
    if (!column.strangers.empty()) {
      std::vector<std::string> names;
      for (const auto& name : column.strangers) {
        names.push_back(yaml_text(name));
      }
      fmt::format_to(std::back_inserter(out),
                     "    outside: [{}]  # no area of the partnership: check each\n",
                     fmt::join(names, ", "));
    }
  }

  std::string& finish_fixed(std::string& out, const ColumnProfile* area,
                            const ColumnProfile* period) {
    if (area == nullptr) {
      out += "area: TODO  # the area every figure is for, such as Leicestershire\n";
    }
    if (period == nullptr) {
      out += "period: " + period_source() + "\n";
    }
    return out;
  }

  std::string form() {
    std::string out = "cells:  # a form: each figure in a fixed cell, checked against its label\n";
    std::size_t found = 0;
    for (const io::Row& row : rows_) {
      if (row.index >= kFormRows) {
        break;
      }
      std::string label;
      for (const auto& cell : row.cells) {
        if (cell.type == io::CellType::string && !is_blank(cell)) {
          label = std::string(core::trim(cell.text));
        } else if (cell.type == io::CellType::number && !label.empty()) {
          fmt::format_to(std::back_inserter(out), "  - {{cell: {}, measure: TODO, label: {}}}\n",
                         core::to_a1(cell.ref), yaml_text(label));
          ++found;
        }
      }
    }
    if (found == 0) {
      out += "  - {cell: TODO, measure: TODO}  # no figures beside labels were found\n";
    }
    out += "area: TODO  # the area every figure is for, such as Leicestershire\n";
    out += "period: " + period_source() + "\n";
    return out;
  }

  // A period from a title cell or the file's name, else TODO.
  std::string period_source() const {
    for (const io::Row& row : rows_) {
      if (row.index >= kHeaderSearch) {
        break;
      }
      for (const auto& cell : row.cells) {
        if (cell.type == io::CellType::string && parse_period_text(cell.text)) {
          return fmt::format("{{cell: {}}}  # reads \"{}\"", core::to_a1(cell.ref),
                             comment_text(core::trim(cell.text)));
        }
      }
    }
    const std::string pattern = period_capture_pattern(file_name_);
    if (const auto kept = glob_capture(pattern, file_name_); kept && parse_period_text(*kept)) {
      return fmt::format("{{file_name: {}}}  # reads \"{}\"", yaml_text(pattern),
                         comment_text(*kept));
    }
    return "TODO  # e.g. {cell: B2} for a title such as \"Quarter 2 2025/26\", or 2025/26 Q2";
  }

  std::string measures_table(const ColumnProfile& labels) const {
    std::string out = "measures:  # each label in the return, and the measure id it stands for\n";
    for (const auto& label : labels.labels) {
      fmt::format_to(std::back_inserter(out), "  {}: TODO\n", yaml_text(label));
    }
    return out;
  }

  std::vector<std::string> stop_labels(const ColumnProfile& column) const {
    std::vector<std::string> stops;
    for (const auto& label : column.labels) {
      const std::string normalised = core::normalise_label(label);
      if (normalised == "total" || normalised == "grand total" || normalised == "all") {
        stops.push_back(yaml_text(label));
      }
    }
    return stops;
  }

  // Whether a column's texts repeat, few and distinct, as measure labels or categories do.
  static bool is_lookup(const ColumnProfile& column) {
    return !column.labels.empty() && column.labels.size() <= kMostLabels &&
           column.labels.size() < column.values;
  }

  // The column with the most values of a kind, if most of its values are of that kind.
  static const ColumnProfile* pick(const std::vector<ColumnProfile>& profiles,
                                   std::size_t ColumnProfile::*count) {
    const ColumnProfile* best = nullptr;
    for (const auto& column : profiles) {
      if (column.mostly(column.*count) && (best == nullptr || column.*count > best->*count)) {
        best = &column;
      }
    }
    return best;
  }

  ColumnProfile profile(std::uint32_t header_row, const io::Cell& heading) const {
    ColumnProfile column;
    column.column = heading.ref.column;
    column.heading = io::value_text(heading);
    for (const io::Row& row : rows_) {
      if (row.index <= header_row) {
        continue;
      }
      const io::Cell* cell = cell_at(row, column.column);
      if (cell == nullptr || is_blank(*cell)) {
        continue;
      }
      ++column.values;
      const bool date = is_record_date(*cell);
      column.dates += date ? 1 : 0;
      column.periods += !date && period_of_cell(*cell) ? 1 : 0;
      column.areas += cell->type == io::CellType::string && areas_.resolve(cell->text) ? 1 : 0;
      if (const auto split =
              cell->type == io::CellType::string ? name_and_code(cell->text) : std::nullopt) {
        if (areas_.resolve(split->first)) {
          ++column.area_prefixes;
          column.code_length = split->second;
        } else if (column.strangers.size() < kMostStrangers &&
                   std::find(column.strangers.begin(), column.strangers.end(), split->first) ==
                       column.strangers.end()) {
          column.strangers.push_back(split->first);
        }
      }
      column.numbers +=
          cell->type == io::CellType::number || parse_number_text(io::value_text(*cell)) ? 1 : 0;
      if (cell->type == io::CellType::string && column.labels.size() <= kMostLabels) {
        const std::string text(core::trim(cell->text));
        if (std::find(column.labels.begin(), column.labels.end(), text) == column.labels.end()) {
          column.labels.push_back(text);
        }
      }
    }
    return column;
  }

  std::vector<io::Row> rows_;
  const core::AreaDirectory& areas_;
  std::string file_name_;
};

}  // namespace

core::Expected<std::string, core::Diagnostic> draft_mapping(io::Workbook& workbook,
                                                            const std::string& display_name,
                                                            const std::string& sheet,
                                                            const core::AreaDirectory& areas) {
  const auto& sheets = workbook.sheets();
  std::optional<std::size_t> index;
  std::vector<std::string> names;
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    if (sheets[i].visibility != io::SheetVisibility::visible) {
      continue;
    }
    names.push_back(sheets[i].name);
    if (!index &&
        (sheet.empty() || core::normalise_label(sheet) == core::normalise_label(sheets[i].name))) {
      index = i;
    }
  }
  if (!index) {
    return core::unexpected(
        core::Diagnostic::error("draft-sheet-missing",
                                sheet.empty() ? std::string("the workbook has no visible sheet")
                                              : fmt::format("no visible sheet named '{}'", sheet),
                                core::Location::in_file(display_name),
                                fmt::format("the visible sheets are: {}", fmt::join(names, ", "))));
  }
  std::vector<io::Row> rows;
  const auto status = workbook.read_sheet(*index, [&](const io::Row& row) {
    if (row.index >= kRowsRead) {
      return false;
    }
    rows.push_back(row);
    return true;
  });
  if (!status) {
    return core::unexpected(status.error());
  }
  const auto slash = display_name.find_last_of("/\\");
  const std::string file_name =
      slash == std::string::npos ? display_name : display_name.substr(slash + 1);
  Drafter drafter(std::move(rows), areas, file_name);
  // A CSV's one sheet is named after the file, which the next one's is not; the default (the
  // first sheet) reads it whatever its name.
  const bool one_sheet = is_csv(file_name);
  std::string out = fmt::format(
      "# Drafted by 'scdash init-mapping' from {0}{1}.\n"
      "# Replace every TODO, then check what it reads with:\n"
      "#   scdash map {0} --mapping THIS_FILE.yaml\n"
      "description: TODO who sends this return, and what it holds\n"
      "files: [{2}]\n",
      comment_text(display_name),
      one_sheet ? std::string() : fmt::format(", sheet \"{}\"", comment_text(sheets[*index].name)),
      yaml_text(files_glob(file_name)));
  if (!one_sheet) {
    fmt::format_to(std::back_inserter(out), "sheet: {}\n", yaml_text(sheets[*index].name));
  }
  if (const std::string title = drafter.title(); !title.empty()) {
    fmt::format_to(std::back_inserter(out),
                   "# fingerprint: {}  # keep if another partner's files are named alike\n",
                   yaml_text(title));
  }
  out += drafter.layout();
  return out;
}

}  // namespace scdash::mapping
