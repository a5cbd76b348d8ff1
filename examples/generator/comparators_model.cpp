#include "comparators_model.hpp"

#include <array>
#include <cmath>
#include <string>

#include "areas.hpp"
#include "crime_model.hpp"
#include "random.hpp"

namespace examples {
namespace {

// Each area's rate as a multiple of Leicestershire's, for total crime, violence with injury,
// burglary residential and vehicle offences; the last two only for the most similar group and
// the averages (the East Midlands and England, first).
struct Relative {
  std::string_view code;
  std::array<double, 4> of_leicestershire;
};

constexpr std::array<Relative, 23> kRelative = {{
    {"E12000004", {1.03, 1.06, 1.02, 0.97}}, {"E92000001", {1.18, 1.12, 1.09, 1.05}},
    {"E10000003", {1.04, 0.98, 0, 0}},       {"E10000007", {1.02, 1.05, 0.97, 0.90}},
    {"E10000008", {0.90, 0.95, 0, 0}},       {"E10000011", {1.06, 1.10, 0, 0}},
    {"E10000012", {1.12, 1.15, 0, 0}},       {"E10000013", {0.98, 0.97, 0.89, 0.84}},
    {"E10000014", {1.08, 1.04, 0, 0}},       {"E10000015", {1.01, 0.93, 0, 0}},
    {"E10000016", {1.20, 1.22, 0, 0}},       {"E10000017", {1.16, 1.12, 0, 0}},
    {"E10000018", {1.00, 1.00, 1.00, 1.00}}, {"E10000019", {0.94, 1.08, 0, 0}},
    {"E10000020", {0.96, 1.02, 0, 0}},       {"E10000024", {1.08, 1.12, 1.20, 1.10}},
    {"E10000025", {0.91, 0.88, 1.04, 0.95}}, {"E10000028", {1.05, 1.15, 1.10, 1.07}},
    {"E10000029", {0.93, 0.99, 0, 0}},       {"E10000030", {0.85, 0.80, 0, 0}},
    {"E10000031", {0.96, 0.94, 1.06, 1.14}}, {"E10000032", {0.95, 0.96, 0, 0}},
    {"E10000034", {0.93, 1.03, 0.92, 0.86}},
}};

std::vector<CrimeGroup> groups_of(ComparedCrime crime) {
  switch (crime) {
    case ComparedCrime::total:
      return {};
    case ComparedCrime::violence_with_injury:
      return {CrimeGroup::violence_with_injury};
    case ComparedCrime::burglary_residential:
      return {CrimeGroup::burglary_residential};
    case ComparedCrime::vehicle:
      return {CrimeGroup::vehicle_offences};
  }
  return {};
}

// Leicestershire's crimes per 1,000 people, unrounded, as the quarter's police return gives them.
double leicestershire_rate(ComparedCrime crime, FinancialQuarter quarter) {
  const Period year = Period::rolling_12_months(quarter.last_month());
  int total = 0;
  for (std::size_t d = 0; d < districts().size(); ++d) {
    if (!districts()[d].in_county) {
      continue;
    }
    for (Month month = year.first; month <= year.last; month = month + 1) {
      total += crimes_in(d, month, groups_of(crime), quarter);
    }
  }
  return total / county_population() * 1000;
}

}  // namespace

const std::vector<ComparatorArea>& counties() {
  static const std::vector<ComparatorArea> kCounties = {
      {"Cambridgeshire", "E10000003", false}, {"Derbyshire", "E10000007", true},
      {"Devon", "E10000008", false},          {"East Sussex", "E10000011", false},
      {"Essex", "E10000012", false},          {"Gloucestershire", "E10000013", true},
      {"Hampshire", "E10000014", false},      {"Hertfordshire", "E10000015", false},
      {"Kent", "E10000016", false},           {"Lancashire", "E10000017", false},
      {"Leicestershire", "E10000018", true},  {"Lincolnshire", "E10000019", false},
      {"Norfolk", "E10000020", false},        {"Nottinghamshire", "E10000024", true},
      {"Oxfordshire", "E10000025", true},     {"Staffordshire", "E10000028", true},
      {"Suffolk", "E10000029", false},        {"Surrey", "E10000030", false},
      {"Warwickshire", "E10000031", true},    {"West Sussex", "E10000032", false},
      {"Worcestershire", "E10000034", true},
  };
  return kCounties;
}

const std::vector<ComparatorArea>& averages() {
  static const std::vector<ComparatorArea> kAverages = {
      {"East Midlands", "E12000004", false},
      {"England", "E92000001", false},
  };
  return kAverages;
}

double comparator_rate(const ComparatorArea& area, ComparedCrime crime, FinancialQuarter quarter) {
  const auto which = static_cast<std::size_t>(crime);
  double relative = 1.0;
  for (const Relative& entry : kRelative) {
    if (entry.code == area.code) {
      relative = entry.of_leicestershire[which];
    }
  }
  // Other areas drift a little from quarter to quarter; never so far as to tie with
  // Leicestershire, so that its rank is unambiguous.
  const double drift =
      area.code == "E10000018"
          ? 1.0
          : uniform_between(0.994, 1.006, Stream::comparator,
                            {quarter_key(quarter), static_cast<std::int64_t>(which),
                             std::stoll(std::string(area.code.substr(1)))});
  return std::round(leicestershire_rate(crime, quarter) * relative * drift * 100) / 100;
}

}  // namespace examples
