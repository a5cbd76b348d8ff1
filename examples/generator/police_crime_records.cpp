// Leicestershire Police: a record-level extract of the crimes, and the domestic abuse incidents
// that were not crimes, recorded in the quarter. The crimes are exactly those the monthly
// workbook counts (as first reported); the extract adds what only records can give: the
// domestic abuse and hate flags.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "areas.hpp"
#include "crime_model.hpp"
#include "random.hpp"
#include "returns.hpp"
#include "workbook.hpp"

namespace examples {
namespace {

struct Record {
  int day = 1;
  std::size_t district = 0;
  bool crime = true;  // false: a non-crime domestic abuse incident
  CrimeGroup group = CrimeGroup::miscellaneous;
  bool domestic = false;
  bool hate = false;
  double order = 0;  // the order records of one day are listed in
};

// The police's system abbreviates two names; both spellings are in areas.yaml.
std::string extract_name(const District& district) {
  if (district.name == "Hinckley and Bosworth") {
    return "H&B";
  }
  if (district.name == "North West Leicestershire") {
    return "NWL";
  }
  if (district.name == "Oadby and Wigston") {
    return "Oadby & Wigston";
  }
  return std::string(district.name);
}

int day_of(Month month, Stream stream, std::initializer_list<std::int64_t> draw) {
  return 1 + static_cast<int>(std::floor(uniform(stream, draw) * days_in(month)));
}

void add_crimes(std::size_t district, Month month, std::vector<Record>& records) {
  const std::size_t first = records.size();
  for (std::size_t g = 0; g < kCrimeGroups; ++g) {
    const auto group = static_cast<CrimeGroup>(g);
    const int count = first_reported_crimes(district, month, group);
    const int domestic = domestic_crimes(district, month, group);
    for (int i = 0; i < count; ++i) {
      Record record;
      record.district = district;
      record.group = group;
      record.day = day_of(month, Stream::crime_day,
                          {index_key(district), month_key(month), index_key(g), i});
      record.domestic = i < domestic;
      record.order =
          uniform(Stream::record_order, {index_key(district), month_key(month), index_key(g), i});
      records.push_back(record);
    }
  }
  // Hate crimes are flagged on crimes of the groups they are recorded in, chosen at random.
  std::vector<std::size_t> eligible;
  for (std::size_t i = first; i < records.size(); ++i) {
    if (profile(records[i].group).hate_eligible) {
      eligible.push_back(i);
    }
  }
  const auto choice = [&](std::size_t i) {
    return uniform(Stream::hate_choice,
                   {index_key(district), month_key(month), index_key(i - first)});
  };
  std::stable_sort(eligible.begin(), eligible.end(),
                   [&](std::size_t a, std::size_t b) { return choice(a) < choice(b); });
  const auto hate = static_cast<std::size_t>(hate_crimes(district, month));
  for (std::size_t i = 0; i < hate; ++i) {
    records[eligible[i]].hate = true;
  }
}

void add_incidents(std::size_t district, Month month, std::vector<Record>& records) {
  const int count = domestic_incidents(district, month);
  for (int i = 0; i < count; ++i) {
    Record record;
    record.district = district;
    record.crime = false;
    record.domestic = true;
    record.day = day_of(month, Stream::incident_day, {index_key(district), month_key(month), i});
    record.order = uniform(Stream::record_order, {index_key(district), month_key(month), -1, i});
    records.push_back(record);
  }
}

std::vector<Record> records_of(Month month) {
  std::vector<Record> records;
  for (std::size_t d = 0; d < districts().size(); ++d) {
    add_crimes(d, month, records);
    add_incidents(d, month, records);
  }
  std::stable_sort(records.begin(), records.end(), [](const Record& a, const Record& b) {
    return a.day != b.day ? a.day < b.day : a.order < b.order;
  });
  return records;
}

}  // namespace

bool write_police_crime_records(FinancialQuarter quarter, const std::filesystem::path& folder) {
  // Written by the police's reporting system: CRLF line ends, no byte-order mark.
  CsvFile csv(folder / fmt::format("police-crime-records-{}.csv", folder_name(quarter)), "\r\n",
              false);
  csv.row({"Reference", "Date recorded", "Local authority", "Record type", "Offence group",
           "Domestic abuse flag", "Hate flag"});
  for (Month month = quarter.first_month(); month <= quarter.last_month(); month = month + 1) {
    const std::vector<Record> records = records_of(month);
    for (std::size_t i = 0; i < records.size(); ++i) {
      const Record& record = records[i];
      csv.row({fmt::format("{:02}{:02}{:05}", month.year() % 100, month.month(), i + 1),
               fmt::format("{:02}/{:02}/{}", record.day, month.month(), month.year()),
               extract_name(districts()[record.district]),
               record.crime ? "Crime" : "Non-crime incident",
               record.crime ? std::string(profile(record.group).name) : std::string(),
               record.domestic ? "Y" : "N", record.hate ? "Y" : "N"});
    }
  }
  return csv.close();
}

}  // namespace examples
