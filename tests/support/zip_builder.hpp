// build_zip: a zip archive made in memory from named parts, so that tests can assemble .xlsx
// packages by hand, broken ones included, without files on disk.
#pragma once

#include <string>
#include <vector>

namespace scdash::testing {

enum class ZipMethod { deflate, store };

struct ZipEntry {
  std::string name;
  std::string contents;
  // Stored entries keep their bytes as written, so a test can find and damage them.
  ZipMethod method = ZipMethod::deflate;
};

// The bytes of a zip archive holding `entries` in order. Throws std::runtime_error when libzip
// fails, which only a broken test can cause.
std::string build_zip(const std::vector<ZipEntry>& entries);

}  // namespace scdash::testing
