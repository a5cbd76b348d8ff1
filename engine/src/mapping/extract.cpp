#include "scdash/mapping/extract.hpp"

#include <algorithm>
#include <map>
#include <optional>

#include <fmt/format.h>

#include "scdash/core/calendar.hpp"
#include "scdash/core/text.hpp"
#include "scdash/mapping/value_text.hpp"

namespace scdash::mapping {
namespace {

// Excel serials from 1950 to 2100: a bare number in a month header is taken as a date only
// inside this range, so that a year such as 2025 is never misread as a day in 1905.
constexpr double kFirstPlausibleSerial = 18264;
constexpr double kLastPlausibleSerial = 73051;

std::string cell_text(const io::Cell& cell) {
  switch (cell.type) {
    case io::CellType::string:
    case io::CellType::error:
      return cell.text;
    case io::CellType::number:
    case io::CellType::date:
      return fmt::format("{}", cell.number);
    case io::CellType::boolean:
      return cell.number != 0 ? "TRUE" : "FALSE";
    case io::CellType::empty:
      break;
  }
  return {};
}

bool is_blank(const io::Cell& cell) {
  return cell.type == io::CellType::empty ||
         (cell.type == io::CellType::string && core::trim(cell.text).empty());
}

std::optional<core::Month> month_of_header(const io::Cell& cell) {
  switch (cell.type) {
    case io::CellType::date:
      return core::month_of_serial(cell.number);
    case io::CellType::number:
      if (cell.number >= kFirstPlausibleSerial && cell.number <= kLastPlausibleSerial) {
        return core::month_of_serial(cell.number);
      }
      return std::nullopt;
    case io::CellType::string:
      return parse_month_text(cell.text);
    default:
      return std::nullopt;
  }
}

// Applies one wide-table mapping to the rows of one sheet, as they stream past.
class WideTableReader {
 public:
  WideTableReader(const Mapping& mapping, const std::string& file, const std::string& sheet,
                  const core::AreaDirectory& areas, Extraction& out)
      : mapping_(mapping),
        table_(mapping.table),
        file_(file),
        sheet_(sheet),
        areas_(areas),
        out_(out) {}

  // Returns false once the table has ended, to stop reading the sheet.
  bool on_row(const io::Row& row) {
    if (!header_row_) {
      return look_for_header(row);
    }
    if (row.index != next_row_ || std::all_of(row.cells.begin(), row.cells.end(), is_blank)) {
      return false;  // a blank row (absent from the file, or all blank cells) ends the table
    }
    next_row_ = row.index + 1;
    return read_table_row(row);
  }

  // Called when the sheet has been read: reports a header that never appeared.
  void finish(std::uint32_t rows_seen) {
    if (!header_row_) {
      error(core::Location(file_, sheet_, std::nullopt, 0, 0), "mapping-header-not-found",
            fmt::format(
                "no cell reading '{}' in the first {} rows", table_.header_label.text,
                std::min<std::uint32_t>(rows_seen, static_cast<std::uint32_t>(table_.search_rows))),
            fmt::format("{}:{}:{} says where the header row is; run 'scdash inspect' on the file "
                        "to see its first rows",
                        mapping_.file, table_.header_label.line, table_.header_label.column));
    }
  }

 private:
  bool look_for_header(const io::Row& row) {
    if (row.index >= static_cast<std::uint32_t>(table_.search_rows)) {
      return false;
    }
    const std::string wanted = core::normalise_label(table_.header_label.text);
    const bool is_header = std::any_of(row.cells.begin(), row.cells.end(), [&](const io::Cell& c) {
      return c.type == io::CellType::string && core::normalise_label(c.text) == wanted;
    });
    if (!is_header) {
      return true;
    }
    header_row_ = row.index;
    next_row_ = row.index + 1;
    return read_header(row);
  }

  bool read_header(const io::Row& row) {
    const std::string area_header = core::normalise_label(table_.area_column.text);
    std::vector<std::string> header_texts;
    for (const auto& cell : row.cells) {
      if (is_blank(cell)) {
        continue;
      }
      const std::string text = cell_text(cell);
      header_texts.push_back(text);
      if (cell.type == io::CellType::string && core::normalise_label(text) == area_header) {
        area_column_ = cell.ref.column;
      } else if (const auto month = month_of_header(cell)) {
        add_month_column(cell, *month);
      } else {
        out_.diagnostics.push_back(core::Diagnostic::info(
            "mapping-column-ignored",
            fmt::format("column '{}' is not a month, so it is not read", text), here(cell.ref)));
      }
    }
    if (!area_column_) {
      const std::string suggestion = core::closest_match(table_.area_column.text, header_texts);
      error(here({row.index, 0}), "mapping-column-missing",
            fmt::format("the header row has no column '{}'{}", table_.area_column.text,
                        suggestion.empty() ? "" : fmt::format("; did you mean '{}'?", suggestion)),
            fmt::format("{}:{}:{} names the area column", mapping_.file, table_.area_column.line,
                        table_.area_column.column));
      return false;
    }
    if (month_columns_.empty()) {
      error(here({row.index, 0}), "mapping-no-months",
            "the header row has no month headings, so there are no figures to read",
            "month headings may be dates or text such as 'Apr-25' or 'April 2025'");
      return false;
    }
    return true;
  }

  void add_month_column(const io::Cell& cell, core::Month month) {
    const auto duplicate = std::find_if(month_columns_.begin(), month_columns_.end(),
                                        [&](const auto& entry) { return entry.second == month; });
    if (duplicate != month_columns_.end()) {
      error(here(cell.ref), "mapping-duplicate-header",
            fmt::format("{} heads two columns ({} and {}); the second is not read",
                        month.short_label(), core::column_name(duplicate->first),
                        core::column_name(cell.ref.column)));
      return;
    }
    month_columns_.emplace(cell.ref.column, month);
  }

  bool read_table_row(const io::Row& row) {
    const io::Cell* area_cell = nullptr;
    std::vector<const io::Cell*> figures;
    for (const auto& cell : row.cells) {
      if (cell.ref.column == area_column_) {
        area_cell = &cell;
      } else if (month_columns_.contains(cell.ref.column) && !is_blank(cell)) {
        figures.push_back(&cell);
      }
    }
    const std::string area_text = area_cell ? cell_text(*area_cell) : std::string();
    if (is_stop_label(area_text)) {
      return false;
    }
    out_.cells_in_region += figures.size();
    if (figures.empty()) {
      return true;
    }
    if (core::trim(area_text).empty()) {
      error(here({row.index, *area_column_}), "area-missing",
            fmt::format("row {} has {} figure(s) but no area name", row.index + 1, figures.size()));
      return true;
    }
    const core::Area* area = areas_.resolve(area_text);
    if (area == nullptr) {
      const std::string suggestion = areas_.suggest(area_text);
      error(here(area_cell->ref), "area-unknown",
            fmt::format("unknown area '{}'{}; its {} figure(s) are not used", area_text,
                        suggestion.empty() ? "" : fmt::format("; did you mean '{}'?", suggestion),
                        figures.size()),
            "add the name to the area's aliases in mappings/reference/areas.yaml");
      return true;
    }
    for (const io::Cell* cell : figures) {
      read_figure(*cell, *area, month_columns_.at(cell->ref.column));
    }
    return true;
  }

  void read_figure(const io::Cell& cell, const core::Area& area, core::Month month) {
    std::optional<double> value;
    if (cell.type == io::CellType::number) {
      value = cell.number;
    } else if (cell.type == io::CellType::string) {
      value = parse_number_text(cell.text);
    }
    if (!value) {
      error(here(cell.ref),
            cell.type == io::CellType::error ? "value-error-cell" : "value-not-number",
            fmt::format("expected a number, found {} \"{}\"", io::cell_type_name(cell.type),
                        cell_text(cell)),
            "the figure for this area and month is treated as not available");
      return;
    }
    core::SourceRef source{file_, sheet_, cell.ref, mapping_.file, mapping_.measure.line};
    out_.observations.push_back(
        {mapping_.measure.text, area.code, core::Period::single(month), *value, std::move(source)});
  }

  bool is_stop_label(const std::string& text) const {
    const std::string normalised = core::normalise_label(text);
    return std::any_of(
        table_.stop_labels.begin(), table_.stop_labels.end(),
        [&](const std::string& stop) { return core::normalise_label(stop) == normalised; });
  }

  core::Location here(core::CellRef ref) const {
    return core::Location::at_cell(file_, sheet_, ref);
  }

  void error(core::Location where, std::string code, std::string message, std::string hint = {}) {
    out_.diagnostics.push_back(core::Diagnostic::error(std::move(code), std::move(message),
                                                       std::move(where), std::move(hint)));
  }

  const Mapping& mapping_;
  const WideTable& table_;
  const std::string& file_;
  const std::string& sheet_;
  const core::AreaDirectory& areas_;
  Extraction& out_;

  std::optional<std::uint32_t> header_row_;
  std::uint32_t next_row_ = 0;
  std::optional<std::uint32_t> area_column_;
  std::map<std::uint32_t, core::Month> month_columns_;
};

std::optional<std::size_t> find_sheet(const io::Workbook& workbook, const std::string& name) {
  const auto& sheets = workbook.sheets();
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    if (core::normalise_label(sheets[i].name) == core::normalise_label(name)) {
      return i;
    }
  }
  return std::nullopt;
}

}  // namespace

Extraction extract(const Mapping& mapping, io::Workbook& workbook, const std::string& display_name,
                   const core::AreaDirectory& areas) {
  Extraction out;
  const auto sheet_index = find_sheet(workbook, mapping.sheet.text);
  if (!sheet_index) {
    std::vector<std::string> names;
    for (const auto& sheet : workbook.sheets()) {
      names.push_back(sheet.name);
    }
    const std::string suggestion = core::closest_match(mapping.sheet.text, names);
    out.diagnostics.push_back(core::Diagnostic::error(
        "mapping-sheet-missing",
        fmt::format("no sheet named '{}'{}", mapping.sheet.text,
                    suggestion.empty() ? "" : fmt::format("; did you mean '{}'?", suggestion)),
        core::Location::in_file(display_name),
        fmt::format("the workbook's sheets are: {}; {}:{}:{} names the sheet",
                    fmt::join(names, ", "), mapping.file, mapping.sheet.line,
                    mapping.sheet.column)));
    return out;
  }
  const std::string& sheet = workbook.sheets()[*sheet_index].name;
  WideTableReader reader(mapping, display_name, sheet, areas, out);
  std::uint32_t rows_seen = 0;
  const auto status = workbook.read_sheet(*sheet_index, [&](const io::Row& row) {
    rows_seen = row.index + 1;
    return reader.on_row(row);
  });
  if (!status) {
    out.diagnostics.push_back(status.error());
    return out;
  }
  reader.finish(rows_seen);
  return out;
}

}  // namespace scdash::mapping
