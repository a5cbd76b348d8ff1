// The mapping loader on arbitrary text: every mistake a diagnostic, never a crash.
#include <string>

#include "fuzz_target.hpp"
#include "scdash/mapping/load.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  scdash::core::Diagnostics diagnostics;
  (void)scdash::mapping::parse_mapping(std::string(reinterpret_cast<const char*>(data), size),
                                       "mapping.yaml", diagnostics);
  return 0;
}
