// The parsers of the texts partners write in cells: numbers, months, periods, quarters.
#include <string_view>

#include "fuzz_target.hpp"
#include "scdash/core/period.hpp"
#include "scdash/mapping/value_text.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  (void)scdash::mapping::parse_number_text(text);
  (void)scdash::mapping::parse_month_text(text);
  (void)scdash::mapping::parse_period_text(text);
  (void)scdash::mapping::parse_date_month(text);
  (void)scdash::core::FinancialQuarter::parse(text);
  return 0;
}
