#include "io/zip_archive.hpp"

#include <exception>
#include <unordered_map>

#include <fmt/format.h>
#include <zip.h>

namespace scdash::io::detail {
namespace {

// Zip names are matched as Excel matches them: case-insensitively, either slash, no leading slash.
std::string part_key(std::string_view name) {
  std::string key;
  key.reserve(name.size());
  for (const char c : name) {
    const char forward = c == '\\' ? '/' : c;
    key += (forward >= 'A' && forward <= 'Z') ? static_cast<char>(forward - 'A' + 'a') : forward;
  }
  const auto first = key.find_first_not_of('/');
  key.erase(0, first == std::string::npos ? key.size() : first);
  return key;
}

std::string format_bytes(std::uint64_t bytes) {
  return bytes >= (std::uint64_t{1} << 20) ? fmt::format("{} MiB", bytes >> 20)
                                           : fmt::format("{} bytes", bytes);
}

}  // namespace

// Everything libzip's callback reaches, kept at a fixed address while the archive moves.
struct ZipArchiveState {
  std::unique_ptr<core::InputFile> file;
  std::uint64_t position = 0;
  std::string read_failure;  // why read_at failed, for the diagnostic libzip cannot carry
  zip_error_t error{};
  zip_t* archive = nullptr;
  std::string display_name;
  XlsxLimits limits;
  std::unordered_map<std::string, zip_uint64_t> index_by_key;

  ZipArchiveState() { zip_error_init(&error); }
  ZipArchiveState(const ZipArchiveState&) = delete;
  ZipArchiveState& operator=(const ZipArchiveState&) = delete;
  ~ZipArchiveState() {
    // Discard, never close: closing would try to write the archive back.
    if (archive != nullptr) {
      zip_discard(archive);
    }
    zip_error_fini(&error);
  }

  // Turns a libzip failure while handling `what` into the diagnostic a user can act on.
  core::Diagnostic failure(const zip_error_t& cause, std::string_view what,
                           core::Location where) const {
    zip_error_t copy;
    zip_error_init_with_code(&copy, zip_error_code_zip(&cause));
    const std::string reason = zip_error_strerror(&copy);
    zip_error_fini(&copy);
    // libzip reports a read that failed part-way as a premature end of file; the failure the
    // file system gave is the real cause.
    if (!read_failure.empty()) {
      return core::Diagnostic::error("xlsx-unreadable",
                                     fmt::format("{} could not be read: {}", what, read_failure),
                                     std::move(where));
    }
    switch (zip_error_code_zip(&cause)) {
      case ZIP_ER_CRC:
        return core::Diagnostic::error(
            "xlsx-bad-crc",
            fmt::format("{} is damaged: its contents do not match their checksum (CRC)", what),
            std::move(where), "the file was probably corrupted in transit; ask for it again");
      case ZIP_ER_READ:
      case ZIP_ER_SEEK:
      case ZIP_ER_TELL:
        return core::Diagnostic::error("xlsx-unreadable",
                                       fmt::format("{} could not be read: {}", what, reason),
                                       std::move(where));
      case ZIP_ER_ENCRNOTSUPP:
      case ZIP_ER_NOPASSWD:
      case ZIP_ER_WRONGPASSWD:
        return core::Diagnostic::error("xlsx-encrypted", fmt::format("{} is encrypted", what),
                                       std::move(where), std::string(kPasswordHint));
      case ZIP_ER_COMPNOTSUPP:
        return core::Diagnostic::error(
            "xlsx-damaged-zip",
            fmt::format("{} is compressed with a method scdash cannot read", what),
            std::move(where), std::string(kResaveHint));
      default:
        return core::Diagnostic::error(
            "xlsx-damaged-zip", fmt::format("{} is truncated or damaged ({})", what, reason),
            std::move(where), "the file was probably cut short in transit; ask for it again");
    }
  }
};

namespace {

// libzip's view of the InputFile: a seekable, read-only source.
zip_int64_t read_input_file(void* user_data, void* data, zip_uint64_t length,
                            zip_source_cmd_t command) {
  auto& state = *static_cast<ZipArchiveState*>(user_data);
  switch (command) {
    case ZIP_SOURCE_OPEN:
      state.position = 0;
      return 0;
    case ZIP_SOURCE_READ: {
      // An exception must not unwind through libzip's C frames; it becomes a read failure.
      try {
        // libzip asks for no more than its buffer holds, which a size_t counts.
        auto got = state.file->read_at(
            state.position,
            std::span<char>(static_cast<char*>(data), static_cast<std::size_t>(length)));
        if (!got) {
          state.read_failure = got.error();
          zip_error_set(&state.error, ZIP_ER_READ, 0);
          return -1;
        }
        state.position += *got;
        return static_cast<zip_int64_t>(*got);
      } catch (const std::exception& failure) {
        state.read_failure = failure.what();
        zip_error_set(&state.error, ZIP_ER_READ, 0);
        return -1;
      }
    }
    case ZIP_SOURCE_CLOSE:
    case ZIP_SOURCE_FREE:
      return 0;
    case ZIP_SOURCE_STAT: {
      auto* stat = ZIP_SOURCE_GET_ARGS(zip_stat_t, data, length, &state.error);
      if (stat == nullptr) {
        return -1;
      }
      zip_stat_init(stat);
      stat->size = state.file->size();
      stat->valid |= ZIP_STAT_SIZE;
      return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_ERROR:
      return zip_error_to_data(&state.error, data, length);
    case ZIP_SOURCE_SEEK: {
      const zip_int64_t target = zip_source_seek_compute_offset(state.position, state.file->size(),
                                                                data, length, &state.error);
      if (target < 0) {
        return -1;
      }
      state.position = static_cast<std::uint64_t>(target);
      return 0;
    }
    case ZIP_SOURCE_TELL:
      return static_cast<zip_int64_t>(state.position);
    case ZIP_SOURCE_SUPPORTS:
      return ZIP_SOURCE_SUPPORTS_SEEKABLE;
    default:
      zip_error_set(&state.error, ZIP_ER_OPNOTSUPP, 0);
      return -1;
  }
}

}  // namespace

void ZipPartReader::FileCloser::operator()(zip_file* file) const {
  zip_fclose(file);
}

ZipPartReader::ZipPartReader(std::unique_ptr<zip_file, FileCloser> file, ZipArchiveState& archive,
                             std::string part_name, core::Location where,
                             std::uint64_t compressed_size)
    : file_(std::move(file)),
      archive_(&archive),
      part_name_(std::move(part_name)),
      where_(std::move(where)),
      compressed_size_(compressed_size) {}

core::Expected<std::size_t, core::Diagnostic> ZipPartReader::read(std::span<char> buffer) {
  const zip_int64_t got = zip_fread(file_.get(), buffer.data(), buffer.size());
  if (got < 0) {
    return core::unexpected(archive_->failure(*zip_file_get_error(file_.get()),
                                              fmt::format("part {}", part_name_), where_));
  }
  produced_ += static_cast<std::uint64_t>(got);
  const XlsxLimits& limits = archive_->limits;
  // Checked on what inflating really produced: the sizes in the archive's directory may lie.
  if (produced_ > limits.max_part_bytes) {
    return core::unexpected(
        core::Diagnostic::error("xlsx-too-large",
                                fmt::format("part {} expands beyond the limit of {}", part_name_,
                                            format_bytes(limits.max_part_bytes)),
                                where_));
  }
  if (produced_ > limits.ratio_checked_above_bytes &&
      produced_ > limits.max_compression_ratio * compressed_size_) {
    return core::unexpected(core::Diagnostic::error(
        "xlsx-too-large",
        fmt::format("part {} expands more than {} times its compressed size, as a zip bomb does",
                    part_name_, limits.max_compression_ratio),
        where_));
  }
  return static_cast<std::size_t>(got);
}

ZipArchive::ZipArchive(std::unique_ptr<ZipArchiveState> state) : state_(std::move(state)) {}
ZipArchive::ZipArchive(ZipArchive&&) noexcept = default;
ZipArchive& ZipArchive::operator=(ZipArchive&&) noexcept = default;
ZipArchive::~ZipArchive() = default;

core::Expected<ZipArchive, core::Diagnostic> ZipArchive::open(std::unique_ptr<core::InputFile> file,
                                                              std::string display_name,
                                                              XlsxLimits limits) {
  auto state = std::make_unique<ZipArchiveState>();
  state->file = std::move(file);
  state->display_name = std::move(display_name);
  state->limits = limits;
  const auto where = core::Location::in_file(state->display_name);

  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_function_create(&read_input_file, state.get(), &error);
  zip_t* archive = source == nullptr ? nullptr : zip_open_from_source(source, ZIP_RDONLY, &error);
  if (archive == nullptr) {
    if (source != nullptr) {
      zip_source_free(source);
    }
    auto diagnostic = state->failure(error, "the zip archive", where);
    zip_error_fini(&error);
    return core::unexpected(std::move(diagnostic));
  }
  zip_error_fini(&error);
  state->archive = archive;

  const zip_int64_t entries = zip_get_num_entries(archive, 0);
  for (zip_int64_t i = 0; i < entries; ++i) {
    const auto index = static_cast<zip_uint64_t>(i);
    const char* name = zip_get_name(archive, index, ZIP_FL_ENC_GUESS);
    if (name == nullptr) {
      continue;
    }
    // Part names are the same ignoring case (OPC), and a package holds each once: of two, one
    // reader would take the first and another the last, so neither is the return's.
    const auto [known, added] = state->index_by_key.emplace(part_key(name), index);
    if (!added) {
      return core::unexpected(core::Diagnostic::error(
          "xlsx-duplicate-part",
          fmt::format("the archive holds the part {} twice (entries {} and {}), so which one "
                      "is the workbook's cannot be told",
                      name, known->second + 1, index + 1),
          where, "ask the partner to save the return again from Excel and send it again"));
    }
  }
  return ZipArchive(std::move(state));
}

const std::string& ZipArchive::display_name() const {
  return state_->display_name;
}

const XlsxLimits& ZipArchive::limits() const {
  return state_->limits;
}

bool ZipArchive::contains(std::string_view part_name) const {
  return state_->index_by_key.contains(part_key(part_name));
}

core::Expected<ZipPartReader, core::Diagnostic> ZipArchive::open_part(std::string_view part_name,
                                                                      core::Location where) {
  const auto found = state_->index_by_key.find(part_key(part_name));
  if (found == state_->index_by_key.end()) {
    return core::unexpected(core::Diagnostic::error(
        "xlsx-missing-part", fmt::format("the workbook has no part {}", part_name),
        std::move(where), std::string(kResaveHint)));
  }
  const zip_uint64_t index = found->second;
  state_->read_failure.clear();  // a failure while reading another part is not this one's
  zip_stat_t stat;
  if (zip_stat_index(state_->archive, index, 0, &stat) != 0) {
    return core::unexpected(state_->failure(*zip_get_error(state_->archive),
                                            fmt::format("part {}", part_name), std::move(where)));
  }
  if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) != 0 && stat.encryption_method != ZIP_EM_NONE) {
    return core::unexpected(core::Diagnostic::error("xlsx-encrypted",
                                                    fmt::format("part {} is encrypted", part_name),
                                                    std::move(where), std::string(kPasswordHint)));
  }
  const XlsxLimits& limits = state_->limits;
  const bool sizes_known =
      (stat.valid & ZIP_STAT_SIZE) != 0 && (stat.valid & ZIP_STAT_COMP_SIZE) != 0;
  if (sizes_known && stat.size > limits.max_part_bytes) {
    return core::unexpected(core::Diagnostic::error(
        "xlsx-too-large",
        fmt::format("part {} would expand to {}, beyond the limit of {}", part_name,
                    format_bytes(stat.size), format_bytes(limits.max_part_bytes)),
        std::move(where)));
  }
  if (sizes_known && stat.size > limits.ratio_checked_above_bytes &&
      stat.size > limits.max_compression_ratio * stat.comp_size) {
    return core::unexpected(core::Diagnostic::error(
        "xlsx-too-large",
        fmt::format("part {} would expand more than {} times its compressed size, as a zip bomb "
                    "does",
                    part_name, limits.max_compression_ratio),
        std::move(where)));
  }
  zip_file_t* file = zip_fopen_index(state_->archive, index, 0);
  if (file == nullptr) {
    return core::unexpected(state_->failure(*zip_get_error(state_->archive),
                                            fmt::format("part {}", part_name), std::move(where)));
  }
  return ZipPartReader(std::unique_ptr<zip_file, ZipPartReader::FileCloser>(file), *state_,
                       std::string(part_name), std::move(where),
                       sizes_known ? stat.comp_size : state_->file->size());
}

}  // namespace scdash::io::detail
