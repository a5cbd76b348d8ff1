// Little-endian integers and doubles, as the binary formats of Office store them, read from bytes
// whose alignment is unknown. Callers check the bounds first.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace scdash::io::detail {

inline std::uint8_t byte_at(std::string_view bytes, std::size_t offset) {
  return static_cast<std::uint8_t>(bytes[offset]);
}

inline std::uint16_t u16_at(std::string_view bytes, std::size_t offset) {
  return static_cast<std::uint16_t>(byte_at(bytes, offset) | byte_at(bytes, offset + 1) << 8);
}

inline std::uint32_t u32_at(std::string_view bytes, std::size_t offset) {
  return static_cast<std::uint32_t>(u16_at(bytes, offset)) |
         static_cast<std::uint32_t>(u16_at(bytes, offset + 2)) << 16;
}

inline std::uint64_t u64_at(std::string_view bytes, std::size_t offset) {
  return static_cast<std::uint64_t>(u32_at(bytes, offset)) |
         static_cast<std::uint64_t>(u32_at(bytes, offset + 4)) << 32;
}

// The same bits as another type of the same size (std::bit_cast, which the WebAssembly build's
// C++ library lacks).
template <class To, class From>
To same_bits(const From& from) {
  static_assert(sizeof(To) == sizeof(From));
  To to;
  std::memcpy(&to, &from, sizeof(To));
  return to;
}

// An IEEE 754 double, as Excel stores every number.
inline double f64_at(std::string_view bytes, std::size_t offset) {
  return same_bits<double>(u64_at(bytes, offset));
}

}  // namespace scdash::io::detail
