// build_compound_file: an OLE2 compound file made in memory from named streams, laid out so that
// tests can find and damage any part of it exactly (a FAT entry, a directory entry, a sector).
//
// Layout, sector by sector: the FAT, the DIFAT sectors (only when more than 109 FAT sectors are
// needed), the directory, the mini FAT, the mini stream, then each stream of at least 4096 bytes.
// Streams smaller than that go in the mini stream, as the format requires. Directory entries are
// the root (entry 0), then the streams in order, each the right sibling of the one before.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace scdash::testing {

struct CompoundStream {
  std::string name;  // ASCII
  std::string contents;
};

struct CompoundFileOptions {
  std::uint32_t sector_size = 512;  // 512 (version 3) or 4096 (version 4)
  // FAT sectors beyond those needed, all free: more than 109 in all puts some in DIFAT sectors.
  std::uint32_t extra_fat_sectors = 0;
};

struct CompoundFileImage {
  std::string bytes;
  std::uint32_t sector_size = 512;
  std::vector<std::uint32_t> fat_sectors;  // the sector numbers of the FAT, in order
  std::uint32_t first_directory_sector = 0;
  std::uint32_t first_mini_fat_sector = 0;   // the mini FAT's sectors follow each other
  std::vector<std::uint32_t> stream_starts;  // per stream: its first (mini) sector
  std::vector<bool> in_mini_stream;          // per stream

  // The byte offset of sector `sector`, and of directory entry `entry`.
  std::uint64_t sector_offset(std::uint32_t sector) const;
  std::uint64_t entry_offset(std::uint32_t entry) const;
  // Rewrites the FAT entry of `sector` (what follows it in its chain).
  void set_fat_entry(std::uint32_t sector, std::uint32_t next);
  // Rewrites the little-endian integer at `offset`.
  void put_u32(std::uint64_t offset, std::uint32_t value);
};

CompoundFileImage build_compound_file(const std::vector<CompoundStream>& streams,
                                      const CompoundFileOptions& options = {});

}  // namespace scdash::testing
