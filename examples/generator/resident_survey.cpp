// The county council's resident survey: one row per quarterly wave since 2022/23, the two
// percentages the dashboard reports and the number of respondents. Saved from Excel as
// "CSV UTF-8": a byte-order mark, CRLF line ends, percentages written "89.09%" and counts
// with a thousands separator.
#include <fmt/format.h>

#include "returns.hpp"
#include "services_model.hpp"
#include "workbook.hpp"

namespace examples {

bool write_resident_survey(FinancialQuarter quarter, const std::filesystem::path& folder) {
  CsvFile csv(folder / fmt::format("resident-survey-{}.csv", folder_name(quarter)), "\r\n", true);
  csv.row({"Wave", "% agree people from different backgrounds get on well",
           "% agree ASB has decreased or stayed the same", "Respondents"});
  for (FinancialQuarter wave{2022, 1}; wave <= quarter; wave = next(wave)) {
    const SurveyWave figures = survey_wave(wave);
    csv.row({wave_label(wave), fmt::format("{:.2f}%", figures.get_on_well),
             fmt::format("{:.2f}%", figures.asb_same_or_less),
             fmt::format("{},{:03}", figures.respondents / 1000, figures.respondents % 1000)});
  }
  return csv.close();
}

}  // namespace examples
