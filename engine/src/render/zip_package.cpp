#include "render/zip_package.hpp"

#include <fmt/format.h>

namespace scdash::render {
namespace {

struct SourceFreer {
  void operator()(zip_source_t* source) const { zip_source_free(source); }
};
using Source = std::unique_ptr<zip_source_t, SourceFreer>;

core::Expected<void, std::string> add_part(zip_t* archive, const PackagePart& part) {
  zip_source_t* source = zip_source_buffer(archive, part.bytes.data(), part.bytes.size(), 0);
  const zip_int64_t index =
      source == nullptr ? -1 : zip_file_add(archive, part.name.c_str(), source, ZIP_FL_ENC_UTF_8);
  if (index < 0) {
    zip_source_free(source);
    return core::unexpected(fmt::format("cannot add {}: {}", part.name, zip_strerror(archive)));
  }
  const auto entry = static_cast<zip_uint64_t>(index);
  if (zip_set_file_compression(archive, entry, ZIP_CM_DEFLATE, 0) != 0 ||
      zip_file_set_dostime(archive, entry, 0, kDosDate1980, 0) != 0) {
    return core::unexpected(fmt::format("cannot add {}: {}", part.name, zip_strerror(archive)));
  }
  return {};
}

// The bytes a closed in-memory archive left in its buffer.
core::Expected<std::string, std::string> buffer_bytes(zip_source_t* buffer) {
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_source_open(buffer) != 0) {
    return core::unexpected(std::string(zip_error_strerror(zip_source_error(buffer))));
  }
  std::string bytes;
  if (zip_source_stat(buffer, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE) != 0) {
    bytes.resize(static_cast<std::size_t>(stat.size));
  }
  const zip_int64_t read = zip_source_read(buffer, bytes.data(), bytes.size());
  zip_source_close(buffer);
  if (read != static_cast<zip_int64_t>(bytes.size())) {
    return core::unexpected(std::string("cannot read the package written in memory"));
  }
  return bytes;
}

core::Expected<std::string, std::string> read_entry(zip_t* archive, zip_uint64_t index) {
  zip_stat_t stat;
  if (zip_stat_index(archive, index, 0, &stat) != 0) {
    return core::unexpected(std::string(zip_strerror(archive)));
  }
  std::unique_ptr<zip_file_t, decltype(&zip_fclose)> file(zip_fopen_index(archive, index, 0),
                                                          &zip_fclose);
  if (!file) {
    return core::unexpected(std::string(zip_strerror(archive)));
  }
  std::string contents(static_cast<std::size_t>(stat.size), '\0');
  if (zip_fread(file.get(), contents.data(), stat.size) != static_cast<zip_int64_t>(stat.size)) {
    return core::unexpected(std::string("cannot read ") + stat.name);
  }
  return contents;
}

// Replaces entry `index` with `bytes`, which must live until the archive is closed.
core::Expected<void, std::string> replace_entry(zip_t* archive, zip_uint64_t index,
                                                const std::string& bytes) {
  zip_source_t* source = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
  if (source == nullptr || zip_file_replace(archive, index, source, 0) != 0) {
    zip_source_free(source);
    return core::unexpected(std::string(zip_strerror(archive)));
  }
  if (zip_file_set_dostime(archive, index, 0, kDosDate1980, 0) != 0) {
    return core::unexpected(std::string(zip_strerror(archive)));
  }
  return {};
}

}  // namespace

core::Expected<void, std::string> edit_package(const std::filesystem::path& path,
                                               const std::vector<PartEdit>& edits) {
  int error = 0;
  Archive archive(zip_open(path.string().c_str(), 0, &error));
  if (!archive) {
    return core::unexpected(fmt::format("cannot reopen the package (libzip error {})", error));
  }
  // The rewritten parts' bytes, which libzip reads only when the archive is closed.
  std::vector<std::string> rewritten;
  rewritten.reserve(edits.size());
  for (const auto& [part, edit] : edits) {
    const zip_int64_t index = zip_name_locate(archive.get(), part.c_str(), 0);
    if (index < 0) {
      return core::unexpected(fmt::format("the package has no part {}", part));
    }
    auto xml = read_entry(archive.get(), static_cast<zip_uint64_t>(index));
    if (!xml) {
      return core::unexpected(xml.error());
    }
    if (auto edited = edit(*xml); !edited) {
      return core::unexpected(fmt::format("{}: {}", part, edited.error()));
    }
    rewritten.push_back(std::move(*xml));
    if (auto replaced =
            replace_entry(archive.get(), static_cast<zip_uint64_t>(index), rewritten.back());
        !replaced) {
      return replaced;
    }
  }
  if (zip_close(archive.get()) != 0) {
    return core::unexpected(std::string(zip_strerror(archive.get())));
  }
  static_cast<void>(archive.release());
  return {};
}

core::Expected<std::string, std::string> zip_package(const std::vector<PackagePart>& parts) {
  zip_error_t error;
  zip_error_init(&error);
  Source buffer(zip_source_buffer_create(nullptr, 0, 0, &error));
  zip_t* opened = buffer ? zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error) : nullptr;
  if (opened == nullptr) {
    const std::string reason = zip_error_strerror(&error);
    zip_error_fini(&error);
    return core::unexpected(fmt::format("cannot make a package in memory: {}", reason));
  }
  zip_error_fini(&error);
  // The archive takes the buffer; kept, it outlives zip_close, which writes into it.
  zip_source_keep(buffer.get());
  Archive archive(opened);
  for (const auto& part : parts) {
    if (auto added = add_part(archive.get(), part); !added) {
      return core::unexpected(added.error());
    }
  }
  if (zip_close(archive.get()) != 0) {
    return core::unexpected(
        fmt::format("cannot write the package: {}", zip_strerror(archive.get())));
  }
  static_cast<void>(archive.release());
  return buffer_bytes(buffer.get());
}

}  // namespace scdash::render
