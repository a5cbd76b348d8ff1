// The force's crime outcomes extract: one row per month, policing area and offence with its
// positive outcomes, saved from Excel as "CSV UTF-8" (a byte-order mark, CRLF line ends), the
// areas as the force's staff write them ("Force", "Blaby").
#include <fmt/format.h>

#include "police_model.hpp"
#include "police_returns.hpp"
#include "workbook.hpp"

namespace examples::police {

bool write_crime_outcomes(const std::filesystem::path& folder) {
  CsvFile csv(folder / fmt::format("crime-outcomes-{}.csv", folder_name(kQuarter)), "\r\n", true);
  csv.row({"Month", "Policing area", "Offence", "Positive outcomes"});
  for (int m = 0; m < kMonths; ++m) {
    const Month month = first_month() + m;
    for (const ReportingArea& area : reporting_areas()) {
      for (const CrimeType type : crime_types()) {
        csv.row({month.iso(), std::string(area.extract_name), std::string(profile(type).label),
                 std::to_string(outcomes(area, type, month))});
      }
    }
  }
  return csv.close();
}

}  // namespace examples::police
