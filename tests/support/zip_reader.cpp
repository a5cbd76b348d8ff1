#include "support/zip_reader.hpp"

#include <memory>
#include <stdexcept>
#include <vector>

#include <zip.h>

namespace scdash::testing {

namespace {

using OpenZip = std::unique_ptr<zip_t, decltype(&zip_discard)>;

OpenZip open_archive(const std::string& archive) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(archive.data(), archive.size(), 0, &error);
  zip_t* zip = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
  if (zip == nullptr) {
    zip_source_free(source);
    throw std::runtime_error("not a zip archive");
  }
  return OpenZip(zip, &zip_discard);
}

}  // namespace

std::vector<std::string> zip_entry_names(const std::string& archive) {
  const OpenZip open = open_archive(archive);
  std::vector<std::string> names;
  const zip_int64_t count = zip_get_num_entries(open.get(), 0);
  for (zip_int64_t i = 0; i < count; ++i) {
    names.emplace_back(zip_get_name(open.get(), static_cast<zip_uint64_t>(i), 0));
  }
  return names;
}

std::string zip_entry(const std::string& archive, const std::string& name) {
  const OpenZip open = open_archive(archive);
  zip_t* zip = open.get();
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
