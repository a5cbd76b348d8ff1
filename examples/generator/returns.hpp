// The partners' returns: each writes its file for one quarter into that quarter's folder.
#pragma once

#include <filesystem>

#include "calendar.hpp"

namespace examples {

using ReturnWriter = bool (*)(FinancialQuarter quarter, const std::filesystem::path& folder);

// Each returns false if its file could not be written.
bool write_police_recorded_crime(FinancialQuarter quarter, const std::filesystem::path& folder);
bool write_police_crime_records(FinancialQuarter quarter, const std::filesystem::path& folder);
bool write_asb_incidents(FinancialQuarter quarter, const std::filesystem::path& folder);
bool write_hate_incidents(FinancialQuarter quarter, const std::filesystem::path& folder);
bool write_marac_form(FinancialQuarter quarter, const std::filesystem::path& folder);
bool write_yjs_first_time_entrants(FinancialQuarter quarter, const std::filesystem::path& folder);
bool write_yjs_reoffending(FinancialQuarter quarter, const std::filesystem::path& folder);
bool write_resident_survey(FinancialQuarter quarter, const std::filesystem::path& folder);
bool write_iom_cohort(FinancialQuarter quarter, const std::filesystem::path& folder);
bool write_iquanta_most_similar_group(FinancialQuarter quarter,
                                      const std::filesystem::path& folder);
bool write_iquanta_counties(FinancialQuarter quarter, const std::filesystem::path& folder);

// Domestic abuse support services send .xls (Excel 97-2003). This writes the same workbook as
// .xlsx; it is converted to .xls once with LibreOffice (examples/README.md) and committed.
bool write_da_referrals_xlsx(FinancialQuarter quarter, const std::filesystem::path& folder);

}  // namespace examples
