// The force's user satisfaction surveys: for each month, each survey's overall satisfaction over
// the 12 months to it. The percentages are stored as fractions shown as percentages (0.85 shown
// "85.0%"), as Excel keeps them, so the mapping reads them with 'percent: true'.
#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "apportion.hpp"
#include "police_model.hpp"
#include "police_returns.hpp"
#include "random.hpp"
#include "workbook.hpp"

namespace examples::police {
namespace {

// A survey's rolling figure at a month, in tenths of a per cent.
struct Anchor {
  Month month;
  int tenths;
};

struct Survey {
  const char* heading;
  std::vector<Anchor> anchors;  // the first at October 2022, the last at September 2025
};

// September 2025's figures are seed 004's; the rest are invented to fit its story: all users
// stable at the target for months, burglary at or around 90%, violent crime at or around 79%,
// ASB declining over the past few months.
const std::vector<Survey>& surveys() {
  static const std::vector<Survey> kSurveys = {
      {"All users",
       {{Month::of(2022, 10), 836},
        {Month::of(2023, 9), 840},
        {Month::of(2024, 9), 842},
        {Month::of(2025, 3), 849},
        {Month::of(2025, 9), 850}}},
      {"Burglary",
       {{Month::of(2022, 10), 912},
        {Month::of(2023, 9), 904},
        {Month::of(2024, 9), 906},
        {Month::of(2025, 3), 901},
        {Month::of(2025, 9), 898}}},
      {"Vehicle crime",
       {{Month::of(2022, 10), 849},
        {Month::of(2023, 9), 855},
        {Month::of(2024, 9), 861},
        {Month::of(2025, 9), 874}}},
      {"Violent crime",
       {{Month::of(2022, 10), 772},
        {Month::of(2023, 9), 781},
        {Month::of(2024, 9), 794},
        {Month::of(2025, 3), 790},
        {Month::of(2025, 9), 786}}},
      {"Racist incidents",
       {{Month::of(2022, 10), 845},
        {Month::of(2023, 9), 838},
        {Month::of(2024, 9), 830},
        {Month::of(2025, 9), 811}}},
      {"ASB",
       {{Month::of(2022, 10), 839},
        {Month::of(2023, 9), 831},
        {Month::of(2024, 9), 827},
        {Month::of(2025, 1), 830},
        {Month::of(2025, 9), 801}}},
  };
  return kSurveys;
}

// Between anchors the figure runs straight, give or take two tenths: a rolling 12 months moves
// slowly.
int tenths_at(const Survey& survey, std::size_t column, Month month) {
  const auto after = std::find_if(survey.anchors.begin(), survey.anchors.end(),
                                  [&](const Anchor& anchor) { return anchor.month >= month; });
  if (after->month == month) {
    return after->tenths;
  }
  const Anchor& before = *(after - 1);
  const double along = static_cast<double>(month - before.month) / (after->month - before.month);
  const double straight = before.tenths + along * (after->tenths - before.tenths);
  return whole(straight + uniform_between(-2.0, 2.0, Stream::police_satisfaction,
                                          {index_key(column), month_key(month)}));
}

}  // namespace

bool write_user_satisfaction(const std::filesystem::path& folder) {
  Workbook workbook(folder / fmt::format("user-satisfaction-{}.xlsx", folder_name(kQuarter)),
                    "User satisfaction, rolling 12 months",
                    "Leicestershire Police Performance Unit", extraction_time(kQuarter));
  lxw_worksheet* sheet = workbook.add_sheet("Rolling 12 months");
  lxw_format* percent = workbook.number_format("0.0%");
  write_text(sheet, 0, 0, "User satisfaction surveys: overall satisfaction", workbook.title());
  write_text(sheet, 1, 0,
             "Respondents completely, very or fairly satisfied with the whole experience, over "
             "the 12 months to each month.");
  constexpr int kHeaderRow = 3;
  write_text(sheet, kHeaderRow, 0, "Rolling 12 months to", workbook.bold());
  for (std::size_t s = 0; s < surveys().size(); ++s) {
    write_text(sheet, kHeaderRow, static_cast<int>(s) + 1, surveys()[s].heading, workbook.bold());
  }
  for (int m = 0; m < kMonths; ++m) {
    const Month month = first_month() + m;
    const int row = kHeaderRow + 1 + m;
    write_number(sheet, row, 0, excel_serial(month), workbook.month_cell());
    for (std::size_t s = 0; s < surveys().size(); ++s) {
      write_number(sheet, row, static_cast<int>(s) + 1, tenths_at(surveys()[s], s, month) / 1000.0,
                   percent);
    }
  }
  write_text(sheet, kHeaderRow + kMonths + 2, 0,
             "All users: victims of burglary, vehicle crime and violent crime. Racist incidents "
             "and ASB are surveyed separately.");
  worksheet_set_column(sheet, 0, 0, 22, nullptr);
  worksheet_set_column(sheet, 1, static_cast<lxw_col_t>(surveys().size()), 16, nullptr);
  return workbook.close();
}

}  // namespace examples::police
