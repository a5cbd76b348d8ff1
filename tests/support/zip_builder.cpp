#include "support/zip_builder.hpp"

#include <memory>
#include <stdexcept>

#include <zip.h>

namespace scdash::testing {
namespace {

struct SourceFree {
  void operator()(zip_source_t* source) const { zip_source_free(source); }
};

[[noreturn]] void fail(zip_error_t* error, const std::string& what) {
  throw std::runtime_error(what + ": " + zip_error_strerror(error));
}

}  // namespace

std::string build_zip(const std::vector<ZipEntry>& entries) {
  zip_error_t error;
  zip_error_init(&error);
  // The buffer source holds the archive written; kept alive past zip_close to read it back.
  std::unique_ptr<zip_source_t, SourceFree> buffer(zip_source_buffer_create(nullptr, 0, 0, &error));
  if (!buffer) {
    fail(&error, "zip_source_buffer_create");
  }
  zip_source_keep(buffer.get());
  zip_t* archive = zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error);
  if (archive == nullptr) {
    fail(&error, "zip_open_from_source");
  }
  for (const auto& entry : entries) {
    zip_source_t* contents =
        zip_source_buffer(archive, entry.contents.data(), entry.contents.size(), 0);
    const zip_int64_t index =
        contents == nullptr ? -1 : zip_file_add(archive, entry.name.c_str(), contents, 0);
    if (index < 0) {
      zip_source_free(contents);
      zip_discard(archive);
      throw std::runtime_error("cannot add " + entry.name);
    }
    const zip_int32_t method = entry.method == ZipMethod::store ? ZIP_CM_STORE : ZIP_CM_DEFLATE;
    zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), method, 9);
  }
  if (zip_close(archive) != 0) {
    const std::string message = zip_strerror(archive);
    zip_discard(archive);
    throw std::runtime_error("zip_close: " + message);
  }

  zip_stat_t stat;
  if (zip_source_stat(buffer.get(), &stat) != 0 || zip_source_open(buffer.get()) != 0) {
    fail(zip_source_error(buffer.get()), "reading the archive back");
  }
  std::string bytes(static_cast<std::size_t>(stat.size), '\0');
  const zip_int64_t got = zip_source_read(buffer.get(), bytes.data(), bytes.size());
  zip_source_close(buffer.get());
  if (got < 0 || static_cast<std::size_t>(got) != bytes.size()) {
    fail(zip_source_error(buffer.get()), "reading the archive back");
  }
  return bytes;
}

}  // namespace scdash::testing
