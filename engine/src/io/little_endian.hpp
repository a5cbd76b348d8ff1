// Little-endian integers and doubles, as the binary formats of Office store them, read from bytes
// whose alignment is unknown. Callers check the bounds first.
#pragma once

#include <bit>
#include <cstdint>
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

// An IEEE 754 double, as Excel stores every number.
inline double f64_at(std::string_view bytes, std::size_t offset) {
  return std::bit_cast<double>(u64_at(bytes, offset));
}

}  // namespace scdash::io::detail
