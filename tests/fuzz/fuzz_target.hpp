// The entry point every fuzz target defines (libFuzzer's interface). Built with clang's
// -fsanitize=fuzzer it is driven by libFuzzer (tests/fuzz/run.sh); in every other build,
// replay_main.cpp feeds it the seed corpus and the regression files, so that the targets
// compile everywhere and each crash once found stays fixed.
#pragma once

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
