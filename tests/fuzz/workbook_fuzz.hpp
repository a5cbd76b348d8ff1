// Opens bytes as a workbook of the given name and reads every cell and merged range of every
// sheet: what the .xlsx, .xls and .csv fuzz targets share.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace scdash::fuzz {

void read_whole_workbook(const std::uint8_t* data, std::size_t size, const std::string& name);

}  // namespace scdash::fuzz
