// Two iQuanta-style extracts for the 12 months to the quarter's end: Leicestershire's most
// similar group, with the East Midlands' and England's averages under it, and all the county
// councils of England, with crimes per 1,000 people.
#include <cmath>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "comparators_model.hpp"
#include "returns.hpp"
#include "workbook.hpp"

namespace examples {
namespace {

struct Column {
  const char* heading;
  ComparedCrime crime;
};

struct Extract {
  const char* file_stem;
  const char* sheet_name;
  const char* title;
  const char* area_heading;
  const char* average_label;
  bool most_similar_only;
  std::vector<Column> columns;
};

bool write_extract(const Extract& extract, FinancialQuarter quarter,
                   const std::filesystem::path& folder) {
  Workbook workbook(folder / fmt::format("{}-{}.xlsx", extract.file_stem, folder_name(quarter)),
                    extract.title, "iQuanta", extraction_time(quarter));
  lxw_worksheet* sheet = workbook.add_sheet(extract.sheet_name);
  lxw_format* rate = workbook.number_format("0.00");
  write_text(sheet, 0, 0, extract.title, workbook.title());
  write_text(sheet, 1, 0,
             fmt::format("Period: 12 months to {} {}", month_name(quarter.last_month()),
                         quarter.last_month().year()));
  write_text(sheet, 2, 0, "Crimes per 1,000 population");
  constexpr int kHeaderRow = 4;
  write_text(sheet, kHeaderRow, 0, extract.area_heading, workbook.bold());
  for (std::size_t c = 0; c < extract.columns.size(); ++c) {
    write_text(sheet, kHeaderRow, static_cast<int>(1 + c), extract.columns[c].heading,
               workbook.bold());
  }
  std::vector<double> sums(extract.columns.size(), 0.0);
  int areas = 0;
  int row = kHeaderRow + 1;
  for (const ComparatorArea& area : counties()) {
    if (extract.most_similar_only && !area.most_similar) {
      continue;
    }
    write_text(sheet, row, 0, std::string(area.name));
    for (std::size_t c = 0; c < extract.columns.size(); ++c) {
      const double value = comparator_rate(area, extract.columns[c].crime, quarter);
      write_number(sheet, row, static_cast<int>(1 + c), value, rate);
      sums[c] += value;
    }
    ++areas;
    ++row;
  }
  // The region's and England's averages, as iQuanta lists them under the group; not members.
  if (extract.most_similar_only) {
    for (const ComparatorArea& average : averages()) {
      write_text(sheet, row, 0, std::string(average.name));
      for (std::size_t c = 0; c < extract.columns.size(); ++c) {
        write_number(sheet, row, static_cast<int>(1 + c),
                     comparator_rate(average, extract.columns[c].crime, quarter), rate);
      }
      ++row;
    }
  }
  write_text(sheet, row, 0, extract.average_label, workbook.bold());
  for (std::size_t c = 0; c < extract.columns.size(); ++c) {
    write_number(sheet, row, static_cast<int>(1 + c), std::round(sums[c] / areas * 100) / 100,
                 rate);
  }
  worksheet_set_column(sheet, 0, 0, 24, nullptr);
  worksheet_set_column(sheet, 1, static_cast<lxw_col_t>(extract.columns.size()), 22, nullptr);
  return workbook.close();
}

}  // namespace

bool write_iquanta_most_similar_group(FinancialQuarter quarter,
                                      const std::filesystem::path& folder) {
  return write_extract({"iquanta-msg",
                        "MSG",
                        "iQuanta - Most similar group: Leicestershire",
                        "Area",
                        "MSG average",
                        true,
                        {{"Total recorded crime", ComparedCrime::total},
                         {"Violence with injury", ComparedCrime::violence_with_injury},
                         {"Burglary residential", ComparedCrime::burglary_residential},
                         {"Vehicle offences", ComparedCrime::vehicle}}},
                       quarter, folder);
}

bool write_iquanta_counties(FinancialQuarter quarter, const std::filesystem::path& folder) {
  return write_extract({"iquanta-counties",
                        "Counties",
                        "iQuanta - County councils of England",
                        "County",
                        "Counties average",
                        false,
                        {{"Total recorded crime", ComparedCrime::total},
                         {"Violence with injury", ComparedCrime::violence_with_injury}}},
                       quarter, folder);
}

}  // namespace examples
