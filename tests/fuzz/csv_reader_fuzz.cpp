// The .csv reader on arbitrary bytes: never a crash, a hang or unbounded memory.
#include "fuzz_target.hpp"
#include "workbook_fuzz.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  scdash::fuzz::read_whole_workbook(data, size, "return.csv");
  return 0;
}
