// zip_entry: one part of a zip archive held in memory, for tests that look inside a workbook.
#pragma once

#include <string>

namespace scdash::testing {

// The contents of entry `name`. Throws std::runtime_error when the archive cannot be read or
// has no such entry, which fails the test that asked.
std::string zip_entry(const std::string& archive, const std::string& name);

}  // namespace scdash::testing
