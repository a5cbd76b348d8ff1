// Writes the example returns archive: examples/returns/<quarter>/, one folder for each of the
// eight quarters 2023/24 Q3 to 2025/26 Q2, holding what each partner sends that quarter.
//
// The figures are invented but shaped like Leicestershire's, and those the November 2025 board
// report quotes come out exactly (examples/README.md lists them). The same program always
// writes the same bytes; a test regenerates the files and compares them with the committed ones.
//
//   generate_example_returns RETURNS_DIR XLS_SOURCES_DIR
//
// XLS_SOURCES_DIR receives <quarter>/da-referrals-<quarter>.xlsx, the workbooks that are
// converted to the committed .xls returns with LibreOffice.
#include <cstdio>
#include <exception>
#include <filesystem>
#include <utility>
#include <vector>

#include "returns.hpp"

namespace {

using namespace examples;
namespace fs = std::filesystem;

const std::vector<std::pair<const char*, ReturnWriter>>& partners() {
  static const std::vector<std::pair<const char*, ReturnWriter>> kPartners = {
      {"police recorded crime", write_police_recorded_crime},
      {"police crime records", write_police_crime_records},
      {"ASB incidents", write_asb_incidents},
      {"hate incidents", write_hate_incidents},
      {"MARAC", write_marac_form},
      {"youth justice first-time entrants", write_yjs_first_time_entrants},
      {"youth justice re-offending", write_yjs_reoffending},
      {"resident survey", write_resident_survey},
      {"IOM cohort", write_iom_cohort},
      {"iQuanta most similar group", write_iquanta_most_similar_group},
      {"iQuanta counties", write_iquanta_counties},
  };
  return kPartners;
}

bool write_quarter(FinancialQuarter quarter, const fs::path& returns, const fs::path& xls_sources) {
  const fs::path folder = returns / folder_name(quarter);
  const fs::path xls_folder = xls_sources / folder_name(quarter);
  std::error_code error;
  fs::create_directories(folder, error);
  fs::create_directories(xls_folder, error);
  if (error) {
    std::fprintf(stderr, "generate_example_returns: cannot make %s\n", folder.string().c_str());
    return false;
  }
  bool written = true;
  for (const auto& [partner, write] : partners()) {
    if (!write(quarter, folder)) {
      std::fprintf(stderr, "generate_example_returns: cannot write the %s return in %s\n", partner,
                   folder.string().c_str());
      written = false;
    }
  }
  if (!write_da_referrals_xlsx(quarter, xls_folder)) {
    std::fprintf(stderr, "generate_example_returns: cannot write the referrals in %s\n",
                 xls_folder.string().c_str());
    written = false;
  }
  return written;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: generate_example_returns RETURNS_DIR XLS_SOURCES_DIR\n");
    return 2;
  }
  try {
    bool written = true;
    for (const FinancialQuarter& quarter : archive_quarters()) {
      written = write_quarter(quarter, argv[1], argv[2]) && written;
    }
    return written ? 0 : 1;
  } catch (const std::exception& error) {
    // Only a mistake in the generator's own figures (see apportion.cpp) can throw.
    std::fprintf(stderr, "generate_example_returns: %s\n", error.what());
    return 1;
  }
}
