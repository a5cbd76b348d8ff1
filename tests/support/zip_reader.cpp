#include "support/zip_reader.hpp"

#include <memory>
#include <stdexcept>

#include <zip.h>

namespace scdash::testing {

std::string zip_entry(const std::string& archive, const std::string& name) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(archive.data(), archive.size(), 0, &error);
  zip_t* zip = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
  if (zip == nullptr) {
    zip_source_free(source);
    throw std::runtime_error("not a zip archive");
  }
  std::unique_ptr<zip_t, decltype(&zip_discard)> open(zip, &zip_discard);
  zip_stat_t stat;
  if (zip_stat(zip, name.c_str(), 0, &stat) != 0) {
    throw std::runtime_error("no entry " + name);
  }
  std::unique_ptr<zip_file_t, decltype(&zip_fclose)> file(zip_fopen(zip, name.c_str(), 0),
                                                          &zip_fclose);
  std::string contents(static_cast<std::size_t>(stat.size), '\0');
  if (!file ||
      zip_fread(file.get(), contents.data(), stat.size) != static_cast<zip_int64_t>(stat.size)) {
    throw std::runtime_error("cannot read " + name);
  }
  return contents;
}

}  // namespace scdash::testing
