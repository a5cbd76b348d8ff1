#include "support/compound_file_builder.hpp"

#include <stdexcept>

namespace scdash::testing {
namespace {

constexpr std::uint32_t kFree = 0xFFFFFFFF;
constexpr std::uint32_t kEndOfChain = 0xFFFFFFFE;
constexpr std::uint32_t kFatSector = 0xFFFFFFFD;
constexpr std::uint32_t kDifatSector = 0xFFFFFFFC;
constexpr std::uint32_t kNoEntry = 0xFFFFFFFF;
constexpr std::uint32_t kMiniCutoff = 4096;
constexpr std::uint32_t kMiniSector = 64;
constexpr std::uint32_t kEntryBytes = 128;
constexpr std::uint32_t kHeaderFatSectors = 109;

std::uint32_t sectors_for(std::size_t bytes, std::uint32_t sector_size) {
  return static_cast<std::uint32_t>((bytes + sector_size - 1) / sector_size);
}

void put16(std::string& bytes, std::size_t offset, std::uint16_t value) {
  bytes[offset] = static_cast<char>(value & 0xFF);
  bytes[offset + 1] = static_cast<char>(value >> 8);
}

void put32(std::string& bytes, std::size_t offset, std::uint32_t value) {
  put16(bytes, offset, static_cast<std::uint16_t>(value & 0xFFFF));
  put16(bytes, offset + 2, static_cast<std::uint16_t>(value >> 16));
}

std::string directory_entry(const std::string& name, std::uint8_t type, std::uint32_t right,
                            std::uint32_t child, std::uint32_t start, std::uint64_t size) {
  std::string entry(kEntryBytes, '\0');
  if (name.size() > 31) {
    throw std::invalid_argument("compound file names have at most 31 characters");
  }
  for (std::size_t i = 0; i < name.size(); ++i) {
    put16(entry, 2 * i, static_cast<unsigned char>(name[i]));
  }
  put16(entry, 64, static_cast<std::uint16_t>(2 * (name.size() + 1)));
  entry[66] = static_cast<char>(type);
  entry[67] = 1;  // black
  put32(entry, 68, kNoEntry);
  put32(entry, 72, right);
  put32(entry, 76, child);
  put32(entry, 116, start);
  put32(entry, 120, static_cast<std::uint32_t>(size));
  put32(entry, 124, static_cast<std::uint32_t>(size >> 32));
  return entry;
}

}  // namespace

std::uint64_t CompoundFileImage::sector_offset(std::uint32_t sector) const {
  return (std::uint64_t{sector} + 1) * sector_size;
}

std::uint64_t CompoundFileImage::entry_offset(std::uint32_t entry) const {
  const std::uint32_t per_sector = sector_size / kEntryBytes;
  // The directory's sectors follow each other.
  return sector_offset(first_directory_sector + entry / per_sector) +
         (entry % per_sector) * kEntryBytes;
}

void CompoundFileImage::set_fat_entry(std::uint32_t sector, std::uint32_t next) {
  const std::uint32_t per_sector = sector_size / 4;
  put_u32(sector_offset(fat_sectors.at(sector / per_sector)) + (sector % per_sector) * 4, next);
}

void CompoundFileImage::put_u32(std::uint64_t offset, std::uint32_t value) {
  put32(bytes, static_cast<std::size_t>(offset), value);
}

CompoundFileImage build_compound_file(const std::vector<CompoundStream>& streams,
                                      const CompoundFileOptions& options) {
  const std::uint32_t size = options.sector_size;
  const std::uint32_t per_fat_sector = size / 4;
  CompoundFileImage image;
  image.sector_size = size;

  // The mini stream and its FAT; the sectors each regular stream takes.
  std::string mini_stream;
  std::vector<std::uint32_t> mini_fat;
  std::uint32_t regular_sectors = 0;
  for (const auto& stream : streams) {
    const bool mini = stream.contents.size() < kMiniCutoff;
    image.in_mini_stream.push_back(mini);
    if (!mini) {
      image.stream_starts.push_back(regular_sectors);  // made absolute below
      regular_sectors += sectors_for(stream.contents.size(), size);
      continue;
    }
    const auto first = static_cast<std::uint32_t>(mini_fat.size());
    const std::uint32_t count = sectors_for(stream.contents.size(), kMiniSector);
    image.stream_starts.push_back(count == 0 ? kEndOfChain : first);
    for (std::uint32_t i = 0; i < count; ++i) {
      mini_fat.push_back(i + 1 < count ? first + i + 1 : kEndOfChain);
    }
    mini_stream += stream.contents;
    mini_stream.resize(mini_fat.size() * kMiniSector, '\0');
  }
  const std::uint32_t directory_sectors = sectors_for((streams.size() + 1) * kEntryBytes, size);
  const std::uint32_t mini_fat_sectors = sectors_for(mini_fat.size() * 4, size);
  const std::uint32_t mini_stream_sectors = sectors_for(mini_stream.size(), size);
  const std::uint32_t content_sectors =
      directory_sectors + mini_fat_sectors + mini_stream_sectors + regular_sectors;

  // Enough FAT sectors to cover every sector, their own and the DIFAT's included.
  std::uint32_t fat_count = 1;
  std::uint32_t difat_count = 0;
  for (;;) {
    difat_count = fat_count > kHeaderFatSectors
                      ? sectors_for((fat_count - kHeaderFatSectors) * 4, size - 4)
                      : 0;
    if (fat_count * per_fat_sector >= fat_count + difat_count + content_sectors) {
      break;
    }
    ++fat_count;
  }
  fat_count += options.extra_fat_sectors;
  difat_count = fat_count > kHeaderFatSectors
                    ? sectors_for((fat_count - kHeaderFatSectors) * 4, size - 4)
                    : 0;

  std::uint32_t next_sector = 0;
  const auto take = [&](std::uint32_t count) {
    const std::uint32_t first = next_sector;
    next_sector += count;
    return first;
  };
  const std::uint32_t first_fat = take(fat_count);
  const std::uint32_t first_difat = take(difat_count);
  image.first_directory_sector = take(directory_sectors);
  const std::uint32_t first_mini_fat = take(mini_fat_sectors);
  image.first_mini_fat_sector = first_mini_fat;
  const std::uint32_t first_mini_stream = take(mini_stream_sectors);
  const std::uint32_t first_regular = take(regular_sectors);
  for (std::size_t i = 0; i < streams.size(); ++i) {
    if (!image.in_mini_stream[i]) {
      image.stream_starts[i] =
          streams[i].contents.empty() ? kEndOfChain : first_regular + image.stream_starts[i];
    }
  }

  std::vector<std::uint32_t> fat(fat_count * per_fat_sector, kFree);
  const auto chain = [&](std::uint32_t first, std::uint32_t count) {
    for (std::uint32_t i = 0; i < count; ++i) {
      fat[first + i] = i + 1 < count ? first + i + 1 : kEndOfChain;
    }
  };
  for (std::uint32_t i = 0; i < fat_count; ++i) {
    fat[first_fat + i] = kFatSector;
    image.fat_sectors.push_back(first_fat + i);
  }
  for (std::uint32_t i = 0; i < difat_count; ++i) {
    fat[first_difat + i] = kDifatSector;
  }
  chain(image.first_directory_sector, directory_sectors);
  chain(first_mini_fat, mini_fat_sectors);
  chain(first_mini_stream, mini_stream_sectors);
  for (std::size_t i = 0; i < streams.size(); ++i) {
    if (!image.in_mini_stream[i]) {
      chain(image.stream_starts[i], sectors_for(streams[i].contents.size(), size));
    }
  }

  std::string& bytes = image.bytes;
  bytes.assign((std::size_t{next_sector} + 1) * size, '\0');
  bytes.replace(0, 8, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  put16(bytes, 24, 0x3E);
  put16(bytes, 26, size == 512 ? 3 : 4);
  put16(bytes, 28, 0xFFFE);
  put16(bytes, 30, size == 512 ? 9 : 12);
  put16(bytes, 32, 6);
  put32(bytes, 40, size == 512 ? 0 : directory_sectors);
  put32(bytes, 44, fat_count);
  put32(bytes, 48, image.first_directory_sector);
  put32(bytes, 56, kMiniCutoff);
  put32(bytes, 60, mini_fat_sectors == 0 ? kEndOfChain : first_mini_fat);
  put32(bytes, 64, mini_fat_sectors);
  put32(bytes, 68, difat_count == 0 ? kEndOfChain : first_difat);
  put32(bytes, 72, difat_count);
  for (std::uint32_t i = 0; i < kHeaderFatSectors; ++i) {
    put32(bytes, 76 + 4 * i, i < fat_count ? first_fat + i : kFree);
  }
  // The DIFAT sectors list the FAT sectors beyond the header's 109, each linking to the next.
  for (std::uint32_t d = 0; d < difat_count; ++d) {
    const std::uint64_t at = image.sector_offset(first_difat + d);
    for (std::uint32_t i = 0; i < per_fat_sector - 1; ++i) {
      const std::uint32_t listed = kHeaderFatSectors + d * (per_fat_sector - 1) + i;
      image.put_u32(at + 4 * i, listed < fat_count ? first_fat + listed : kFree);
    }
    image.put_u32(at + 4 * (per_fat_sector - 1),
                  d + 1 < difat_count ? first_difat + d + 1 : kEndOfChain);
  }
  for (std::size_t i = 0; i < fat.size(); ++i) {
    image.put_u32(image.sector_offset(first_fat) + 4 * i, fat[i]);
  }
  for (std::size_t i = 0; i < mini_fat.size(); ++i) {
    image.put_u32(image.sector_offset(first_mini_fat) + 4 * i, mini_fat[i]);
  }
  bytes.replace(image.sector_offset(first_mini_stream), mini_stream.size(), mini_stream);
  const auto entries = static_cast<std::uint32_t>(streams.size());
  bytes.replace(
      image.entry_offset(0), kEntryBytes,
      directory_entry("Root Entry", 5, kNoEntry, entries > 0 ? 1 : kNoEntry,
                      mini_stream.empty() ? kEndOfChain : first_mini_stream, mini_stream.size()));
  for (std::uint32_t i = 0; i < entries; ++i) {
    const auto& stream = streams[i];
    bytes.replace(image.entry_offset(i + 1), kEntryBytes,
                  directory_entry(stream.name, 2, i + 1 < entries ? i + 2 : kNoEntry, kNoEntry,
                                  image.stream_starts[i], stream.contents.size()));
    if (!image.in_mini_stream[i]) {
      bytes.replace(image.sector_offset(image.stream_starts[i]), stream.contents.size(),
                    stream.contents);
    }
  }
  return image;
}

}  // namespace scdash::testing
