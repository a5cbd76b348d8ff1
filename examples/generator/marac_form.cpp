// The MARAC coordinator's quarterly form: the quarter in a title cell, and each figure in a
// fixed cell, Leicestershire in column C and Rutland in column D.
#include <cmath>

#include <fmt/format.h>

#include "random.hpp"
#include "returns.hpp"
#include "services_model.hpp"
#include "workbook.hpp"

namespace examples {

bool write_marac_form(FinancialQuarter quarter, const std::filesystem::path& folder) {
  Workbook workbook(folder / fmt::format("marac-{}.xlsx", folder_name(quarter)),
                    "MARAC quarterly return", "MARAC coordinator", extraction_time(quarter));
  lxw_worksheet* sheet = workbook.add_sheet("Return");
  lxw_format* percent = workbook.number_format("0.0%");
  write_text(sheet, 0, 1, "MARAC quarterly return", workbook.title());
  write_text(sheet, 1, 1, form_label(quarter), workbook.bold());
  write_text(sheet, 3, 2, "Leicestershire", workbook.bold());
  write_text(sheet, 3, 3, "Rutland", workbook.bold());

  const MaracQuarter leicestershire = marac_leicestershire(quarter);
  const MaracQuarter rutland = marac_rutland(quarter);
  write_text(sheet, 4, 1, "Cases discussed");
  write_number(sheet, 4, 2, leicestershire.cases);
  write_number(sheet, 4, 3, rutland.cases);
  write_text(sheet, 5, 1, "Repeat cases");
  write_number(sheet, 5, 2, leicestershire.repeat_cases);
  write_number(sheet, 5, 3, rutland.repeat_cases);
  // The coordinator's own repeat rate for the quarter: a formula, not read by scdash, which
  // works the rate out over 12 months from the cases and repeats.
  write_text(sheet, 6, 1, "Repeat rate (this quarter)");
  worksheet_write_formula_num(
      sheet, 6, 2, "=C6/C5", percent,
      static_cast<double>(leicestershire.repeat_cases) / leicestershire.cases);
  worksheet_write_formula_num(sheet, 6, 3, "=D6/D5", percent,
                              static_cast<double>(rutland.repeat_cases) / rutland.cases);
  write_text(sheet, 7, 1, "MARAC meetings held");
  write_number(sheet, 7, 2, 26);
  write_number(sheet, 7, 3, 6);
  write_text(sheet, 8, 1, "Children in the households discussed");
  write_number(sheet, 8, 2,
               std::round(leicestershire.cases *
                          uniform_between(1.1, 1.3, Stream::marac, {quarter_key(quarter), 3})));
  write_number(sheet, 8, 3,
               std::round(rutland.cases *
                          uniform_between(1.0, 1.4, Stream::marac, {quarter_key(quarter), 4})));
  write_text(sheet, 10, 1,
             "A repeat is a case discussed again within 12 months of its last "
             "discussion (SafeLives).");
  worksheet_set_column(sheet, 1, 1, 38, nullptr);
  worksheet_set_column(sheet, 2, 3, 14, nullptr);
  return workbook.close();
}

}  // namespace examples
