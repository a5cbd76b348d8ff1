// BIFF records: the record stream of an Excel 5-2003 workbook ([MS-XLS] 2.1.4).
//
// A workbook stream is a sequence of records, each a 2-byte type, a 2-byte length and that many
// bytes of data. Data too long for one record (the shared-string table, long strings) goes on in
// CONTINUE records right after it. The reader joins those to the records whose strings can cross
// them, remembering where each piece begins: a string's characters restart at each piece with a
// fresh flag byte saying how wide they are (see biff_strings.hpp).
//
// The stream is read sequentially through a small buffer, so reading a sheet holds one record
// at a time, however long the sheet.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "scdash/core/diagnostic.hpp"
#include "scdash/core/expected.hpp"
#include "scdash/core/file_system.hpp"

namespace scdash::io::detail {

// The record types the reader uses, by their [MS-XLS] names.
namespace biff {
inline constexpr std::uint16_t kBof = 0x0809;
inline constexpr std::uint16_t kEof = 0x000A;
inline constexpr std::uint16_t kContinue = 0x003C;
inline constexpr std::uint16_t kFilePass = 0x002F;
inline constexpr std::uint16_t kCodePage = 0x0042;
inline constexpr std::uint16_t kDateMode = 0x0022;
inline constexpr std::uint16_t kFormat = 0x041E;
inline constexpr std::uint16_t kXf = 0x00E0;
inline constexpr std::uint16_t kBoundSheet = 0x0085;
inline constexpr std::uint16_t kSst = 0x00FC;
inline constexpr std::uint16_t kLabelSst = 0x00FD;
inline constexpr std::uint16_t kLabel = 0x0204;
inline constexpr std::uint16_t kRString = 0x00D6;
inline constexpr std::uint16_t kNumber = 0x0203;
inline constexpr std::uint16_t kRk = 0x027E;
inline constexpr std::uint16_t kMulRk = 0x00BD;
inline constexpr std::uint16_t kBoolErr = 0x0205;
inline constexpr std::uint16_t kFormula = 0x0006;
inline constexpr std::uint16_t kString = 0x0207;
inline constexpr std::uint16_t kMergeCells = 0x00E5;
// The BOF records of Excel 2.x, 3.0 and 4.0, whose files scdash does not read.
inline constexpr std::uint16_t kBofBiff2 = 0x0009;
inline constexpr std::uint16_t kBofBiff3 = 0x0209;
inline constexpr std::uint16_t kBofBiff4 = 0x0409;
}  // namespace biff

struct BiffRecord {
  std::uint16_t type = 0;
  std::uint64_t offset = 0;  // of its header in the stream
  std::string data;          // its own data, then that of the CONTINUE records joined to it
  std::vector<std::size_t> piece_starts;  // where each joined CONTINUE's data begins in `data`
};

class BiffRecordReader {
 public:
  // Reads `stream` from byte `start`. Diagnostics are located at `where`.
  BiffRecordReader(core::InputFile& stream, std::uint64_t start, core::Location where);

  // Reads the next record into `record`, reusing its memory; false at the end of the stream.
  // A record that runs past the end of the stream is xls-corrupt.
  core::Expected<bool, core::Diagnostic> next(BiffRecord& record);

  // The type of the next record, without reading it; nullopt at the end of the stream.
  core::Expected<std::optional<std::uint16_t>, core::Diagnostic> peek_type();

 private:
  // Appends up to `count` bytes from the stream's `offset` to `out`; says how many there were.
  core::Expected<std::size_t, core::Diagnostic> read(std::uint64_t offset, std::size_t count,
                                                     std::string& out);
  core::Expected<std::size_t, core::Diagnostic> fill(std::uint64_t offset);

  core::InputFile& stream_;
  std::uint64_t position_;
  core::Location where_;
  std::string buffer_;
  std::uint64_t buffer_start_ = 0;
  std::size_t buffer_length_ = 0;
  std::string header_;
};

// Reads a record's data front to back, across its pieces. Reading past the end gives zeros and
// marks the cursor overrun, so that a record's fields can be read in one go and checked once.
class BiffCursor {
 public:
  explicit BiffCursor(const BiffRecord& record) : record_(record) {}

  std::uint8_t u8();
  std::uint16_t u16();
  std::uint32_t u32();
  double f64();
  // The next `count` bytes, or fewer at the end (and then overrun).
  std::string_view bytes(std::size_t count);
  void skip(std::size_t count);
  // Marks the record as not holding what it should, as reading past its end does.
  void fail() {
    position_ = record_.data.size();
    overrun_ = true;
  }

  std::size_t remaining() const { return record_.data.size() - position_; }
  bool overrun() const { return overrun_; }
  // Whether the cursor stands at the start of a joined CONTINUE record's data.
  bool at_piece_start() const;
  // Bytes before the next piece begins, or before the end.
  std::size_t left_in_piece() const;

 private:
  bool take(std::size_t count);

  const BiffRecord& record_;
  std::size_t position_ = 0;
  bool overrun_ = false;
};

}  // namespace scdash::io::detail
