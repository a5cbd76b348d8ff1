#include <catch2/catch.hpp>

#include <string>

#include "scdash/core/sha256.hpp"
#include "support/memory_file_system.hpp"
#include "support/probe_file.hpp"

using namespace scdash;

// The test vectors of NIST's "SHA-256 examples" (FIPS 180-4, with intermediate values) and
// of the Secure Hash Algorithm Validation System.
TEST_CASE("SHA-256 gives the NIST digests") {
  CHECK(core::sha256_hex("abc") ==
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(core::sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  // 448 bits: the padding needs a second block.
  CHECK(core::sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(core::sha256_hex(std::string(1000000, 'a')) ==
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("a message hashed in pieces has the digest of the whole") {
  core::Sha256 hash;
  for (int i = 0; i < 1000; ++i) {
    hash.update(std::string(999, 'a'));
    hash.update("a");
  }
  CHECK(hash.finish_hex() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  // Every length around the block and padding boundaries agrees with the one-piece digest.
  for (std::size_t length = 50; length < 140; ++length) {
    const std::string message(length, 'x');
    core::Sha256 pieces;
    pieces.update(message.substr(0, length / 3));
    pieces.update(message.substr(length / 3));
    CHECK(pieces.finish_hex() == core::sha256_hex(message));
  }
}

TEST_CASE("a file is hashed in blocks, and one that cannot be read whole says why") {
  testing::MemoryFileSystem disk;
  disk.add_file("returns/big.xlsx", std::string(1000000, 'a'));
  auto file = disk.open_for_reading("returns/big.xlsx");
  REQUIRE(file);
  CHECK(core::sha256_of(**file).value() ==
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  std::uint64_t read = 0;
  testing::ProbeFile failing(std::string(1000000, 'a'), &read, 500000);
  const auto failed = core::sha256_of(failing);
  REQUIRE_FALSE(failed);
  CHECK(failed.error() == "the network share went away");
}
