// ProbeFile: an InputFile over bytes in memory that counts the bytes read and can fail part-way,
// so that tests can prove how much of a file a reader touches and what it does when a disk dies.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>

#include "scdash/core/file_system.hpp"

namespace scdash::testing {

// An InputFile over bytes that counts the bytes read, and fails to read those from `bad_from`
// to `bad_to`, as a dying disk or network share would.
class ProbeFile final : public core::InputFile {
 public:
  ProbeFile(std::string bytes, std::uint64_t* bytes_read, std::uint64_t bad_from = UINT64_MAX,
            std::uint64_t bad_to = UINT64_MAX)
      : bytes_(std::move(bytes)), bytes_read_(bytes_read), bad_from_(bad_from), bad_to_(bad_to) {}
  std::uint64_t size() const override { return bytes_.size(); }
  core::Expected<std::size_t, std::string> read_at(std::uint64_t offset,
                                                   std::span<char> buffer) override {
    if (offset + buffer.size() > bad_from_ && offset < bad_to_) {
      return core::unexpected<std::string>("the network share went away");
    }
    const std::size_t n =
        offset >= bytes_.size() ? 0 : std::min<std::size_t>(buffer.size(), bytes_.size() - offset);
    std::memcpy(buffer.data(), bytes_.data() + offset, n);
    *bytes_read_ += n;
    return n;
  }

 private:
  std::string bytes_;
  std::uint64_t* bytes_read_;
  std::uint64_t bad_from_;
  std::uint64_t bad_to_;
};

}  // namespace scdash::testing
