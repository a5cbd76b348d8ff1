// Probation's integrated offender management (IOM) team: for each of the last eight quarters'
// cohorts, offences in the 12 months before joining and since, and the reduction.
#include <fmt/format.h>

#include "returns.hpp"
#include "services_model.hpp"
#include "workbook.hpp"

namespace examples {

bool write_iom_cohort(FinancialQuarter quarter, const std::filesystem::path& folder) {
  CsvFile csv(folder / fmt::format("iom-cohort-{}.csv", folder_name(quarter)), "\n", false);
  csv.row({"Quarter", "Cohort size", "Offences in the 12 months before joining",
           "Offences in the 12 months since joining", "% reduction in offending"});
  for (const FinancialQuarter& q : quarters_ending(quarter, 8)) {
    const IomQuarter figures = iom(q);
    csv.row({fmt::format("Q{} {}", q.quarter, q.year_label()), fmt::format("{}", figures.cohort),
             fmt::format("{}", figures.offences_before), fmt::format("{}", figures.offences_since),
             fmt::format("{:.1f}", figures.reduction_percent())});
  }
  return csv.close();
}

}  // namespace examples
