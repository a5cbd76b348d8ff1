// ZipArchive: the zip container of an .xlsx file, opened through core::InputFile and read one
// part at a time.
//
// libzip reads the file only through a callback over InputFile::read_at, so nothing is loaded
// whole and tests can serve a file from memory. Part names are matched ignoring case and slash
// direction, as Excel matches them. Each part is decompressed as a stream, and the caps of
// XlsxLimits are applied to the bytes actually produced as well as to the sizes the archive
// declares, because a hostile archive can declare anything.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "io/xlsx_limits.hpp"
#include "scdash/core/diagnostic.hpp"
#include "scdash/core/expected.hpp"
#include "scdash/core/file_system.hpp"

struct zip_file;

namespace scdash::io::detail {

// The advice for a package that is malformed rather than damaged: Excel repairs what it can and
// writes a clean file when it saves again.
inline constexpr std::string_view kResaveHint = "open the file in Excel and save it again as .xlsx";
// The advice for a password-protected file, which scdash cannot and should not open.
inline constexpr std::string_view kPasswordHint =
    "ask the partner to send the return without a password";

struct ZipArchiveState;

// One part being decompressed. Its diagnostics name `where()` and, in the message, the part.
class ZipPartReader {
 public:
  // Fills up to buffer.size() bytes and says how many; 0 only at the end of the part.
  core::Expected<std::size_t, core::Diagnostic> read(std::span<char> buffer);

  const std::string& part_name() const { return part_name_; }
  const core::Location& where() const { return where_; }
  std::uint64_t compressed_size() const { return compressed_size_; }

 private:
  friend class ZipArchive;
  struct FileCloser {
    void operator()(zip_file* file) const;
  };
  ZipPartReader(std::unique_ptr<zip_file, FileCloser> file, ZipArchiveState& archive,
                std::string part_name, core::Location where, std::uint64_t compressed_size);

  std::unique_ptr<zip_file, FileCloser> file_;
  ZipArchiveState* archive_;
  std::string part_name_;
  core::Location where_;
  std::uint64_t compressed_size_;
  std::uint64_t produced_ = 0;
};

class ZipArchive {
 public:
  // Fails with xlsx-damaged-zip when the zip structure is truncated or inconsistent, and with
  // xlsx-duplicate-part when two entries have the same part name (ignoring case).
  static core::Expected<ZipArchive, core::Diagnostic> open(std::unique_ptr<core::InputFile> file,
                                                           std::string display_name,
                                                           XlsxLimits limits);

  ZipArchive(ZipArchive&&) noexcept;
  ZipArchive& operator=(ZipArchive&&) noexcept;
  ~ZipArchive();

  const std::string& display_name() const;
  const XlsxLimits& limits() const;

  // Whether the archive holds `part_name` ("xl/workbook.xml", "/XL\\Workbook.xml" alike).
  bool contains(std::string_view part_name) const;

  // Opens a part for streaming; the archive must outlive the reader. Fails with
  // xlsx-missing-part, xlsx-encrypted or xlsx-too-large, located at `where`.
  core::Expected<ZipPartReader, core::Diagnostic> open_part(std::string_view part_name,
                                                            core::Location where);

 private:
  explicit ZipArchive(std::unique_ptr<ZipArchiveState> state);
  std::unique_ptr<ZipArchiveState> state_;
};

}  // namespace scdash::io::detail
