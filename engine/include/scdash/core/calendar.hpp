// Calendar arithmetic for Excel's date serials.
//
// Excel counts days from 1900-01-00 and, copying a Lotus 1-2-3 bug, treats 1900 as a
// leap year: serial 60 is the phantom 29 February 1900. Workbooks in the 1904 system
// count from 1904-01-01; readers convert those to the 1900 system before anything else.
//
//   scdash::core::month_of_serial(45930);  // Sep 2025 (30 September 2025)
//   scdash::core::excel_serial({2025, 9, 30});  // 45930
#pragma once

#include <optional>

#include "scdash/core/period.hpp"

namespace scdash::core {

struct CivilDate {
  int year = 0;
  int month = 1;  // 1..12
  int day = 1;    // 1..31
  auto operator<=>(const CivilDate&) const = default;
};

// Days between the 1904 and 1900 systems' day zero.
inline constexpr double kExcel1904Offset = 1462;

// The serial (1900 system) of a date; nullopt before 1900-01-01 or after 9999-12-31.
std::optional<double> excel_serial(CivilDate date);
// The date of a serial's whole part (1900 system); nullopt outside 1..2958465 and for 60,
// the phantom 29 February 1900, which is no real date.
std::optional<CivilDate> civil_date(double serial);
// The month a serial falls in.
std::optional<Month> month_of_serial(double serial);

}  // namespace scdash::core
