// SHA-256 (FIPS 180-4): the checksum that identifies each input of a run.
//
// report.json and the workbook's Sources sheet name every file a dashboard was made from
// with its SHA-256, so that anyone can later prove which returns, mappings and template
// made a board paper's figures.
//
//   scdash::core::sha256_hex("abc");
//   // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "scdash/core/expected.hpp"
#include "scdash/core/file_system.hpp"

namespace scdash::core {

// Hashes a message given in any number of pieces.
class Sha256 {
 public:
  Sha256();
  void update(std::string_view bytes);
  // The digest as 64 lowercase hex digits. Ends the message: call it once.
  std::string finish_hex();

 private:
  void compress(const unsigned char* block);

  std::array<std::uint32_t, 8> state_;
  std::array<unsigned char, 64> block_{};
  std::size_t block_used_ = 0;
  std::uint64_t message_bytes_ = 0;
};

std::string sha256_hex(std::string_view bytes);

// The SHA-256 of an open file, read from its start in blocks so that large returns need little
// memory; why not when it cannot be read whole.
Expected<std::string, std::string> sha256_of(InputFile& file);

}  // namespace scdash::core
