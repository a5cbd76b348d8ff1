#include <catch2/catch.hpp>

#include "io/number_format.hpp"

using scdash::io::detail::builtin_format_kind;
using scdash::io::detail::format_code_kind;
using scdash::io::detail::FormatKind;

TEST_CASE("built-in format ids 14-22, 27-36, 45-47 and 50-58 are dates or times, others not") {
  for (const std::uint32_t id : {14u, 15u, 17u, 22u, 27u, 36u, 50u, 58u}) {
    CHECK(builtin_format_kind(id) == FormatKind::date);
  }
  for (const std::uint32_t id : {18u, 21u, 45u, 46u, 47u}) {
    CHECK(builtin_format_kind(id) == FormatKind::time);
  }
  for (const std::uint32_t id : {0u, 1u, 13u, 23u, 26u, 37u, 44u, 48u, 49u, 59u, 164u}) {
    CHECK(builtin_format_kind(id) == FormatKind::number);
  }
}

TEST_CASE("format codes showing a day, month or year are dates") {
  CHECK(format_code_kind("dd/mm/yyyy") == FormatKind::date);
  CHECK(format_code_kind("mmm-yy") == FormatKind::date);
  CHECK(format_code_kind("mmmm") == FormatKind::date);
  CHECK(format_code_kind("yyyy-mm-dd\\Thh:mm") == FormatKind::date);
  CHECK(format_code_kind("DD/MM/YYYY HH:MM") == FormatKind::date);
  CHECK(format_code_kind("ggge\"年\"m\"月\"d\"日\"") == FormatKind::date);  // Japanese era
}

TEST_CASE("format codes showing only hours, minutes or seconds are times") {
  CHECK(format_code_kind("h:mm") == FormatKind::time);
  CHECK(format_code_kind("HH:MM:SS") == FormatKind::time);
  CHECK(format_code_kind("mm:ss.0") == FormatKind::time);
  CHECK(format_code_kind("h:mm AM/PM") == FormatKind::time);
}

TEST_CASE("elapsed-time brackets count as time, other brackets are skipped") {
  CHECK(format_code_kind("[h]:mm:ss") == FormatKind::time);
  CHECK(format_code_kind("[mm]") == FormatKind::time);
  CHECK(format_code_kind("[SS].00") == FormatKind::time);
  CHECK(format_code_kind("[$-409]dddd, mmmm dd, yyyy") == FormatKind::date);
  CHECK(format_code_kind("[Red][<0]hh:mm;General") == FormatKind::time);
  CHECK(format_code_kind("[Red]0.00") == FormatKind::number);
  CHECK(format_code_kind("[$-409]#,##0") == FormatKind::number);
  CHECK(format_code_kind("[Color10]0;[Magenta]-0") == FormatKind::number);
  CHECK(format_code_kind("[>=100]0;0.0") == FormatKind::number);
  CHECK(format_code_kind("[$£-809]#,##0.00") == FormatKind::number);
}

TEST_CASE("letters in quoted text, after a backslash or in padding are not date letters") {
  CHECK(format_code_kind("0 \"days\"") == FormatKind::number);
  CHECK(format_code_kind("#,##0.0,,\"m\"") == FormatKind::number);
  CHECK(format_code_kind("0.0\\m") == FormatKind::number);
  CHECK(format_code_kind("0_h") == FormatKind::number);
  CHECK(format_code_kind("*s0") == FormatKind::number);
  CHECK(format_code_kind("#,##0_);[Red](#,##0)") == FormatKind::number);
  CHECK(format_code_kind("\"on \"dd/mm") == FormatKind::date);
}

TEST_CASE("General, text and scientific formats are plain numbers") {
  CHECK(format_code_kind("General") == FormatKind::number);
  CHECK(format_code_kind("general") == FormatKind::number);
  CHECK(format_code_kind("@") == FormatKind::number);
  CHECK(format_code_kind("0.00E+00") == FormatKind::number);
  CHECK(format_code_kind("##0.0e-0") == FormatKind::number);
  CHECK(format_code_kind("") == FormatKind::number);
}

TEST_CASE("formats with a % sign outside quotes are percentages, built-in 9 and 10 too") {
  CHECK(builtin_format_kind(9) == FormatKind::percent);
  CHECK(builtin_format_kind(10) == FormatKind::percent);
  CHECK(format_code_kind("0.0%") == FormatKind::percent);
  CHECK(format_code_kind("#,##0.00%;[Red]-#,##0.00%") == FormatKind::percent);
  CHECK(format_code_kind("0.0\"%\"") == FormatKind::number);  // a literal sign: no scaling
  CHECK(format_code_kind("0.0\\%") == FormatKind::number);
  const auto typed = scdash::io::detail::typed_number(0.328, FormatKind::percent, true);
  CHECK(typed.type == scdash::io::CellType::number);
  CHECK(typed.number == 0.328);  // never moved as a 1904 date
  CHECK(typed.percent);
}
