// zip_entry: the parts of a zip archive held in memory, for tests that look inside a workbook.
#pragma once

#include <string>
#include <vector>

namespace scdash::testing {

// The contents of entry `name`. Throws std::runtime_error when the archive cannot be read or
// has no such entry, which fails the test that asked.
std::string zip_entry(const std::string& archive, const std::string& name);

// The names of the archive's entries, in the archive's order; throws as zip_entry does.
std::vector<std::string> zip_entry_names(const std::string& archive);

}  // namespace scdash::testing
