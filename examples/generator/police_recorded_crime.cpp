// Leicestershire Police: monthly recorded crime by district, one sheet per crime group, 36
// months across. From 2025/26 Q1 the police put each area's LA code in a new first column and
// head the area column "Community Safety Partnership" instead of "District".
#include <array>
#include <string>

#include <fmt/format.h>

#include "areas.hpp"
#include "crime_model.hpp"
#include "returns.hpp"
#include "workbook.hpp"

namespace examples {
namespace {

struct GroupSheet {
  const char* sheet_name;
  const char* description;
  std::vector<CrimeGroup> groups;  // empty: every group
};

const std::array<GroupSheet, 6>& group_sheets() {
  static const std::array<GroupSheet, 6> kSheets = {{
      {"All crime", "All recorded crime (excluding fraud and computer misuse)", {}},
      {"Violence with injury", "Violence with injury", {CrimeGroup::violence_with_injury}},
      {"Burglary residential", "Burglary residential", {CrimeGroup::burglary_residential}},
      {"Burglary business & community",
       "Burglary business and community",
       {CrimeGroup::burglary_business}},
      {"Vehicle offences", "Vehicle offences", {CrimeGroup::vehicle_offences}},
      {"Sexual offences", "Sexual offences", {CrimeGroup::sexual_offences}},
  }};
  return kSheets;
}

constexpr FinancialQuarter kLayoutChange{2025, 1};
constexpr int kMonths = 36;
constexpr int kHeaderRow = 5;

std::string police_name(const District& district) {
  if (district.name == "Hinckley and Bosworth") {
    return "Hinckley & Bosworth";
  }
  if (district.name == "Oadby and Wigston") {
    return "Oadby & Wigston";
  }
  return std::string(district.name);
}

void write_sheet(Workbook& workbook, const GroupSheet& group, FinancialQuarter quarter) {
  lxw_worksheet* sheet = workbook.add_sheet(group.sheet_name);
  const bool new_layout = quarter >= kLayoutChange;
  const int area_column = new_layout ? 1 : 0;
  const int first_month_column = area_column + 1;
  const Month first = quarter.last_month() - (kMonths - 1);

  write_text(sheet, 0, 0,
             new_layout ? "Leicestershire Police - Recorded crime by Community Safety Partnership"
                        : "Leicestershire Police - Recorded crime by district",
             workbook.title());
  write_text(sheet, 1, 0, fmt::format("Crime group: {}", group.description));
  write_text(sheet, 2, 0,
             fmt::format("Crimes by month recorded, {} to {}. Extracted {}.", first.short_label(),
                         quarter.last_month().short_label(), extraction_date(quarter)));
  write_text(sheet, 3, 0,
             "Home Office Counting Rules. The latest month is provisional; earlier months may be "
             "revised as crimes are reviewed.");

  if (new_layout) {
    write_text(sheet, kHeaderRow, 0, "LA code", workbook.bold());
  }
  write_text(sheet, kHeaderRow, area_column,
             new_layout ? "Community Safety Partnership" : "District", workbook.bold());
  for (int m = 0; m < kMonths; ++m) {
    write_number(sheet, kHeaderRow, first_month_column + m, excel_serial(first + m),
                 workbook.month_heading());
  }

  std::array<double, kMonths> totals{};
  int row = kHeaderRow + 1;
  for (std::size_t d = 0; d < districts().size(); ++d, ++row) {
    if (new_layout) {
      write_text(sheet, row, 0, std::string(districts()[d].code));
    }
    write_text(sheet, row, area_column, police_name(districts()[d]));
    for (int m = 0; m < kMonths; ++m) {
      const int count = crimes_in(d, first + m, group.groups, quarter);
      write_number(sheet, row, first_month_column + m, count);
      totals[static_cast<std::size_t>(m)] += count;
    }
  }

  // The Total row as the police send it: formulas, with the results Excel saved.
  write_text(sheet, row, area_column, "Total", workbook.bold());
  for (int m = 0; m < kMonths; ++m) {
    const auto column = static_cast<lxw_col_t>(first_month_column + m);
    char range[32];
    lxw_rowcol_to_range(range, kHeaderRow + 1, column, static_cast<lxw_row_t>(row - 1), column);
    worksheet_write_formula_num(sheet, static_cast<lxw_row_t>(row), column,
                                fmt::format("=SUM({})", range).c_str(), workbook.bold(),
                                totals[static_cast<std::size_t>(m)]);
  }
  write_text(sheet, row + 2, 0,
             "Notes: the Total is the force area outside Leicester City. Rutland is a unitary "
             "authority, not part of Leicestershire.");
  worksheet_set_column(sheet, static_cast<lxw_col_t>(area_column),
                       static_cast<lxw_col_t>(area_column), 28, nullptr);
  worksheet_freeze_panes(sheet, kHeaderRow + 1, static_cast<lxw_col_t>(first_month_column));
}

}  // namespace

bool write_police_recorded_crime(FinancialQuarter quarter, const std::filesystem::path& folder) {
  Workbook workbook(folder / fmt::format("police-recorded-crime-{}.xlsx", folder_name(quarter)),
                    "Recorded crime by district", "Leicestershire Police Business Intelligence",
                    extraction_time(quarter));
  for (const GroupSheet& group : group_sheets()) {
    write_sheet(workbook, group, quarter);
  }
  return workbook.close();
}

}  // namespace examples
