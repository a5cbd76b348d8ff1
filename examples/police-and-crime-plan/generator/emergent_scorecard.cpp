// The force's emergent scorecard: a form in which the force classes the threat to each
// strategic objective as High, Medium or Low, for its recorded crime and for its outcomes. The
// quarter is in B2, as the MARAC form has it; a commentary column and a key, which are not
// read, sit beside and below the classifications.
#include <array>

#include <fmt/format.h>

#include "police_model.hpp"
#include "police_returns.hpp"
#include "workbook.hpp"

namespace examples::police {
namespace {

struct Objective {
  CrimeType type;
  const char* crime;
  const char* outcomes;
  const char* commentary;
};

// Seed 004's classifications.
constexpr std::array<Objective, 5> kObjectives = {{
    {CrimeType::all, "High", "High",
     "Shoplifting, cycle theft and burglary other than dwelling drive the increase; few TICs "
     "so far this year"},
    {CrimeType::domestic_burglary, "High", "High",
     "Rising trend in recent months; TIC team pursuing further detections"},
    {CrimeType::theft_of_motor_vehicle, "Medium", "Low",
     "Increase on the City BCU; recent TIC outcomes have lifted the outcome rate"},
    {CrimeType::theft_from_motor_vehicle, "Medium", "Low",
     "Registration plates, satnavs, tools and catalytic converters; vans targeted"},
    {CrimeType::violence_with_injury, "High", "Medium",
     "Increase on both BCUs; outcome rate at the 50% target"},
}};

}  // namespace

bool write_emergent_scorecard(const std::filesystem::path& folder) {
  Workbook workbook(folder / fmt::format("emergent-scorecard-{}.xlsx", folder_name(kQuarter)),
                    "Emergent Scorecard", "Leicestershire Police Force Intelligence Bureau",
                    extraction_time(kQuarter));
  lxw_worksheet* sheet = workbook.add_sheet("Scorecard");
  write_text(sheet, 0, 1, "Emergent Scorecard", workbook.title());
  write_text(sheet, 1, 1, form_label(kQuarter), workbook.bold());
  write_text(sheet, 2, 1,
             "Leicestershire Police: overall classification of each strategic objective");
  constexpr int kHeaderRow = 4;
  write_text(sheet, kHeaderRow, 1, "Strategic objective", workbook.bold());
  write_text(sheet, kHeaderRow, 2, "Recorded crime", workbook.bold());
  write_text(sheet, kHeaderRow, 3, "Crime outcomes", workbook.bold());
  write_text(sheet, kHeaderRow, 4, "Commentary", workbook.bold());
  int row = kHeaderRow + 1;
  for (const Objective& objective : kObjectives) {
    write_text(sheet, row, 1, std::string(profile(objective.type).label));
    write_text(sheet, row, 2, objective.crime);
    write_text(sheet, row, 3, objective.outcomes);
    write_text(sheet, row, 4, objective.commentary);
    ++row;
  }
  write_text(sheet, row + 1, 1,
             "Key: High - the objective is under serious threat; Medium - some threat; Low - "
             "on course.");
  worksheet_set_column(sheet, 1, 1, 28, nullptr);
  worksheet_set_column(sheet, 2, 3, 16, nullptr);
  worksheet_set_column(sheet, 4, 4, 80, nullptr);
  return workbook.close();
}

}  // namespace examples::police
