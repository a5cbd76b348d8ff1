#include "io/biff_records.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "io/little_endian.hpp"
#include "io/xls_diagnostics.hpp"

namespace scdash::io::detail {
namespace {

constexpr std::size_t kHeaderBytes = 4;
constexpr std::size_t kBufferBytes = std::size_t{64} << 10;

// The records whose strings may go on in CONTINUE records. The CONTINUE records of any other
// record (drawings, comments) come through as records of their own, which readers skip.
bool joins_continues(std::uint16_t type) {
  return type == biff::kSst || type == biff::kString || type == biff::kLabel ||
         type == biff::kRString;
}

}  // namespace

BiffRecordReader::BiffRecordReader(core::InputFile& stream, std::uint64_t start,
                                   core::Location where)
    : stream_(stream), position_(start), where_(std::move(where)) {}

core::Expected<bool, core::Diagnostic> BiffRecordReader::next(BiffRecord& record) {
  record.data.clear();
  record.piece_starts.clear();
  record.offset = position_;
  header_.clear();
  auto got = read(position_, kHeaderBytes, header_);
  if (!got) {
    return core::unexpected(got.error());
  }
  if (*got == 0) {
    return false;
  }
  if (*got < kHeaderBytes) {
    return core::unexpected(xls_corrupt(
        where_, fmt::format("the workbook stream ends inside a record's header, at byte {}",
                            position_ + *got)));
  }
  record.type = u16_at(header_, 0);
  for (std::size_t length = u16_at(header_, 2);;) {
    got = read(position_ + kHeaderBytes, length, record.data);
    if (!got) {
      return core::unexpected(got.error());
    }
    if (*got < length) {
      return core::unexpected(xls_corrupt(
          where_, fmt::format("record {:#06x} at byte {} of the workbook stream should hold {} "
                              "bytes, but the stream ends after {}",
                              u16_at(header_, 0), position_, length, *got)));
    }
    position_ += kHeaderBytes + length;
    if (!joins_continues(record.type)) {
      return true;
    }
    header_.clear();
    got = read(position_, kHeaderBytes, header_);
    if (!got) {
      return core::unexpected(got.error());
    }
    if (*got < kHeaderBytes || u16_at(header_, 0) != biff::kContinue) {
      return true;
    }
    record.piece_starts.push_back(record.data.size());
    length = u16_at(header_, 2);
  }
}

core::Expected<std::optional<std::uint16_t>, core::Diagnostic> BiffRecordReader::peek_type() {
  header_.clear();
  auto got = read(position_, 2, header_);
  if (!got) {
    return core::unexpected(got.error());
  }
  return *got < 2 ? std::nullopt : std::optional<std::uint16_t>(u16_at(header_, 0));
}

core::Expected<std::size_t, core::Diagnostic> BiffRecordReader::read(std::uint64_t offset,
                                                                     std::size_t count,
                                                                     std::string& out) {
  std::size_t done = 0;
  while (done < count) {
    const std::uint64_t at = offset + done;
    if (at < buffer_start_ || at >= buffer_start_ + buffer_length_) {
      auto filled = fill(at);
      if (!filled) {
        return filled;
      }
      if (*filled == 0) {
        break;
      }
    }
    const auto within = static_cast<std::size_t>(at - buffer_start_);
    const std::size_t take = std::min(count - done, buffer_length_ - within);
    out.append(buffer_, within, take);
    done += take;
  }
  return done;
}

core::Expected<std::size_t, core::Diagnostic> BiffRecordReader::fill(std::uint64_t offset) {
  buffer_.resize(kBufferBytes);
  auto got = stream_.read_at(offset, buffer_);
  if (!got) {
    return core::unexpected(xls_read_failed(where_, got.error()));
  }
  buffer_start_ = offset;
  buffer_length_ = *got;
  return *got;
}

bool BiffCursor::take(std::size_t count) {
  if (count > remaining()) {
    position_ = record_.data.size();
    overrun_ = true;
    return false;
  }
  return true;
}

std::uint8_t BiffCursor::u8() {
  if (!take(1)) {
    return 0;
  }
  return byte_at(record_.data, position_++);
}

std::uint16_t BiffCursor::u16() {
  if (!take(2)) {
    return 0;
  }
  position_ += 2;
  return u16_at(record_.data, position_ - 2);
}

std::uint32_t BiffCursor::u32() {
  if (!take(4)) {
    return 0;
  }
  position_ += 4;
  return u32_at(record_.data, position_ - 4);
}

double BiffCursor::f64() {
  if (!take(8)) {
    return 0;
  }
  position_ += 8;
  return f64_at(record_.data, position_ - 8);
}

std::string_view BiffCursor::bytes(std::size_t count) {
  const std::size_t available = std::min(count, remaining());
  const std::string_view result = std::string_view(record_.data).substr(position_, available);
  position_ += available;
  overrun_ = overrun_ || available < count;
  return result;
}

void BiffCursor::skip(std::size_t count) {
  if (take(count)) {
    position_ += count;
  }
}

bool BiffCursor::at_piece_start() const {
  return std::binary_search(record_.piece_starts.begin(), record_.piece_starts.end(), position_);
}

std::size_t BiffCursor::left_in_piece() const {
  const auto next =
      std::upper_bound(record_.piece_starts.begin(), record_.piece_starts.end(), position_);
  return (next == record_.piece_starts.end() ? record_.data.size() : *next) - position_;
}

}  // namespace scdash::io::detail
