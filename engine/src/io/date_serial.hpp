// Excel date serials: how a date is a number in a workbook.
//
// In the 1900 date system, serial 1 is 1 January 1900, and Excel counts a 29 February 1900 that
// never was (serial 60, kept for Lotus 1-2-3 compatibility), so from 1 March 1900 a serial is the
// days since 30 December 1899. The 1904 system (old Mac workbooks) counts from 1 January 1904:
// its serials are 1462 days smaller. The fraction of a serial is the time of day.
#pragma once

#include <optional>
#include <string_view>

namespace scdash::io::detail {

// The 1900-system serial of an ISO 8601 date, date-time or time, as cells of type "d" hold
// them: "2025-09-30", "2025-09-30T13:45:00", "2025-09-30T13:45:00.5Z", "13:45:00". Nullopt for
// anything else, including impossible dates such as "2025-02-30".
std::optional<double> iso_8601_serial(std::string_view text);

}  // namespace scdash::io::detail
