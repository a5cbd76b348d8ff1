#include "io/compound_file.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "io/little_endian.hpp"
#include "io/xls_diagnostics.hpp"

namespace scdash::io::detail {
namespace {

constexpr std::string_view kSignature = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
constexpr std::uint64_t kHeaderBytes = 512;  // what the header holds; it fills sector -1
constexpr std::size_t kHeaderFatSectors = 109;
constexpr std::uint32_t kEndOfChain = 0xFFFFFFFE;
constexpr std::uint32_t kNoEntry = 0xFFFFFFFF;
constexpr std::uint16_t kMiniSectorShift = 6;
constexpr std::uint64_t kMiniSectorSize = 64;
constexpr std::size_t kEntryBytes = 128;
constexpr std::uint8_t kStorageEntry = 1;
constexpr std::uint8_t kStreamEntry = 2;
constexpr std::uint8_t kRootEntry = 5;

struct DirectoryEntry {
  std::u16string name;
  std::uint8_t type = 0;
  std::uint32_t left = kNoEntry;
  std::uint32_t right = kNoEntry;
  std::uint32_t child = kNoEntry;
  std::uint32_t start = kEndOfChain;
  std::uint64_t size = 0;
};

std::uint64_t sectors_for(std::uint64_t bytes, std::uint64_t sector_size) {
  return bytes / sector_size + (bytes % sector_size != 0 ? 1 : 0);
}

char16_t ascii_lower(char16_t c) {
  return c >= u'A' && c <= u'Z' ? static_cast<char16_t>(c - u'A' + u'a') : c;
}

bool same_name(std::u16string_view entry, std::string_view name) {
  return entry.size() == name.size() &&
         std::equal(entry.begin(), entry.end(), name.begin(), [](char16_t a, char b) {
           return ascii_lower(a) == ascii_lower(static_cast<unsigned char>(b));
         });
}

std::string printable(std::u16string_view name) {
  std::string out;
  for (const char16_t c : name) {
    out += c >= 0x20 && c < 0x7F ? static_cast<char>(c) : '?';
  }
  return out;
}

// A stream read in place through its chain of sectors in `base`, which holds sector n at byte
// base_offset + n * sector_size. The chain has been checked against `base`'s size.
class ChainedStream final : public core::InputFile {
 public:
  ChainedStream(core::InputFile& base, std::uint64_t base_offset, std::uint64_t sector_size,
                std::vector<std::uint32_t> sectors, std::uint64_t size)
      : base_(base),
        base_offset_(base_offset),
        sector_size_(sector_size),
        sectors_(std::move(sectors)),
        size_(size) {}

  std::uint64_t size() const override { return size_; }

  core::Expected<std::size_t, std::string> read_at(std::uint64_t offset,
                                                   std::span<char> buffer) override {
    if (offset >= size_) {
      return std::size_t{0};
    }
    const auto total =
        static_cast<std::size_t>(std::min<std::uint64_t>(buffer.size(), size_ - offset));
    std::size_t done = 0;
    while (done < total) {
      const std::uint64_t index = (offset + done) / sector_size_;
      const std::uint64_t within = (offset + done) % sector_size_;
      // Sectors that follow each other in the file are read in one go.
      std::uint64_t run = 1;
      // Indices below sectors_.size() fit a size_t, also where it has 32 bits (WebAssembly).
      while (index + run < sectors_.size() &&
             sectors_[static_cast<std::size_t>(index + run)] ==
                 sectors_[static_cast<std::size_t>(index)] + run &&
             (run * sector_size_ - within) < total - done) {
        ++run;
      }
      const auto wanted = static_cast<std::size_t>(
          std::min<std::uint64_t>(run * sector_size_ - within, total - done));
      const std::uint64_t at =
          base_offset_ + sectors_[static_cast<std::size_t>(index)] * sector_size_ + within;
      auto got = base_.read_at(at, buffer.subspan(done, wanted));
      if (!got) {
        return got;
      }
      if (*got != wanted) {
        return core::unexpected(
            fmt::format("the file ended at byte {}, before its sectors did", at + *got));
      }
      done += wanted;
    }
    return total;
  }

 private:
  core::InputFile& base_;
  std::uint64_t base_offset_;
  std::uint64_t sector_size_;
  std::vector<std::uint32_t> sectors_;
  std::uint64_t size_;
};

}  // namespace

struct CompoundFile::State {
  std::unique_ptr<core::InputFile> file;
  std::string display_name;
  std::uint64_t file_size = 0;
  std::uint64_t sector_size = 512;
  std::uint64_t mini_cutoff = 4096;
  std::uint32_t first_mini_fat_sector = kEndOfChain;
  std::vector<std::uint32_t> fat;
  DirectoryEntry root;                  // its stream is the mini stream
  std::vector<DirectoryEntry> streams;  // the root storage's streams
  // Read at the first small stream opened.
  std::vector<std::uint32_t> mini_fat;
  std::unique_ptr<core::InputFile> mini_stream;

  core::Diagnostic corrupt(std::string_view detail) const {
    return xls_corrupt(core::Location::in_file(display_name),
                       fmt::format("its compound-file container is broken: {}", detail));
  }

  core::Diagnostic read_failed(std::string_view reason) const {
    return xls_read_failed(core::Location::in_file(display_name), reason);
  }

  // Sectors that begin inside the file; the last may be cut short.
  std::uint64_t sectors_in_file() const {
    return file_size <= sector_size ? 0 : sectors_for(file_size - sector_size, sector_size);
  }

  std::uint64_t sector_offset(std::uint32_t sector) const {
    return (std::uint64_t{sector} + 1) * sector_size;
  }

  // A sector of the container's own tables. A last sector cut short reads as if padded with
  // zeros, as other readers take it, since some writers drop the unused tail of the file.
  core::Expected<std::string, core::Diagnostic> read_sector(std::uint32_t sector,
                                                            std::string_view what) const {
    if (sector >= sectors_in_file()) {
      return core::unexpected(
          corrupt(fmt::format("{} is said to be in sector {}, but the file has only {} sectors",
                              what, sector, sectors_in_file())));
    }
    std::string bytes(static_cast<std::size_t>(sector_size), '\0');  // 512 or 4,096
    auto got = file->read_at(sector_offset(sector), bytes);
    if (!got) {
      return core::unexpected(read_failed(got.error()));
    }
    return bytes;
  }

  // The sectors of the chain that starts at `first` in `table`: `needed` of them, or when
  // `needed` is unset, all up to the end-of-chain mark.
  core::Expected<std::vector<std::uint32_t>, core::Diagnostic> follow_chain(
      const std::vector<std::uint32_t>& table, std::uint32_t first,
      std::optional<std::uint64_t> needed, std::string_view what) const {
    if (needed && *needed > table.size()) {
      return core::unexpected(
          corrupt(fmt::format("{} needs {} sectors, more than the {} its allocation table has",
                              what, *needed, table.size())));
    }
    std::vector<std::uint32_t> chain;
    std::vector<bool> visited(table.size(), false);
    std::uint32_t sector = first;
    while (needed ? chain.size() < *needed : sector != kEndOfChain) {
      if (sector == kEndOfChain) {
        return core::unexpected(corrupt(
            fmt::format("the chain of {} ends after {} sectors, short of the {} its size needs",
                        what, chain.size(), *needed)));
      }
      if (sector >= table.size()) {
        return core::unexpected(corrupt(
            fmt::format("the chain of {} leads to sector {:#x}, outside the {} sectors of its "
                        "allocation table",
                        what, sector, table.size())));
      }
      if (visited[sector]) {
        return core::unexpected(
            corrupt(fmt::format("the chain of {} loops back to sector {}", what, sector)));
      }
      visited[sector] = true;
      chain.push_back(sector);
      sector = table[sector];
    }
    return chain;
  }

  // The FAT: its sectors are listed by the header, then by the chain of DIFAT sectors.
  core::Expected<void, core::Diagnostic> read_fat(std::string_view header) {
    const std::uint32_t fat_sectors = u32_at(header, 44);
    if (fat_sectors > sectors_in_file()) {
      return core::unexpected(corrupt(
          fmt::format("the header declares {} FAT sectors, more than the {} sectors of the file",
                      fat_sectors, sectors_in_file())));
    }
    std::vector<std::uint32_t> listed;
    for (std::size_t i = 0; i < kHeaderFatSectors && listed.size() < fat_sectors; ++i) {
      listed.push_back(u32_at(header, 76 + 4 * i));
    }
    // The last entry links on.
    const auto per_difat_sector = static_cast<std::size_t>(sector_size / 4 - 1);
    // A file in memory has fewer sectors than a size_t counts, also in WebAssembly.
    std::vector<bool> visited(static_cast<std::size_t>(sectors_in_file()), false);
    std::uint32_t difat = u32_at(header, 68);
    while (listed.size() < fat_sectors) {
      if (difat >= kEndOfChain) {
        return core::unexpected(corrupt(fmt::format(
            "its header declares {} FAT sectors, but lists only {}", fat_sectors, listed.size())));
      }
      if (difat < visited.size() && visited[difat]) {
        return core::unexpected(
            corrupt(fmt::format("the chain of DIFAT sectors loops back to sector {}", difat)));
      }
      auto sector = read_sector(difat, "a DIFAT sector");
      if (!sector) {
        return core::unexpected(sector.error());
      }
      visited[difat] = true;
      for (std::size_t i = 0; i < per_difat_sector && listed.size() < fat_sectors; ++i) {
        listed.push_back(u32_at(*sector, 4 * i));
      }
      difat = u32_at(*sector, 4 * per_difat_sector);
    }
    fat.reserve(listed.size() * static_cast<std::size_t>(sector_size / 4));
    for (const std::uint32_t sector_number : listed) {
      auto sector = read_sector(sector_number, "a FAT sector");
      if (!sector) {
        return core::unexpected(sector.error());
      }
      for (std::size_t i = 0; i < sector_size / 4; ++i) {
        fat.push_back(u32_at(*sector, 4 * i));
      }
    }
    return {};
  }

  // The directory, then the streams of the root storage: the tree of siblings under its child.
  core::Expected<void, core::Diagnostic> read_directory(std::uint32_t first_sector) {
    auto chain = follow_chain(fat, first_sector, std::nullopt, "the directory");
    if (!chain) {
      return core::unexpected(chain.error());
    }
    std::vector<DirectoryEntry> entries;
    for (const std::uint32_t sector_number : *chain) {
      auto sector = read_sector(sector_number, "a directory sector");
      if (!sector) {
        return core::unexpected(sector.error());
      }
      for (std::size_t at = 0; at + kEntryBytes <= sector_size; at += kEntryBytes) {
        entries.push_back(parse_entry(std::string_view(*sector).substr(at, kEntryBytes)));
      }
    }
    if (entries.empty() || entries[0].type != kRootEntry) {
      return core::unexpected(corrupt("its directory does not begin with the root entry"));
    }
    root = entries[0];
    std::vector<bool> visited(entries.size(), false);
    std::vector<std::uint32_t> pending = {root.child};
    while (!pending.empty()) {
      const std::uint32_t index = pending.back();
      pending.pop_back();
      if (index == kNoEntry) {
        continue;
      }
      if (index >= entries.size()) {
        return core::unexpected(corrupt(fmt::format(
            "its directory refers to entry {}, beyond its {} entries", index, entries.size())));
      }
      if (visited[index]) {
        return core::unexpected(
            corrupt(fmt::format("its directory's tree loops back to entry {}", index)));
      }
      visited[index] = true;
      if (entries[index].type == kStreamEntry) {
        streams.push_back(entries[index]);
      }
      pending.push_back(entries[index].left);
      pending.push_back(entries[index].right);
    }
    return {};
  }

  DirectoryEntry parse_entry(std::string_view bytes) const {
    DirectoryEntry entry;
    // The name's length in bytes counts its terminating null.
    const std::size_t units = std::min<std::size_t>(u16_at(bytes, 64) / 2, 32);
    for (std::size_t i = 0; i + 1 < units; ++i) {
      entry.name += static_cast<char16_t>(u16_at(bytes, 2 * i));
    }
    entry.type = byte_at(bytes, 66);
    entry.left = u32_at(bytes, 68);
    entry.right = u32_at(bytes, 72);
    entry.child = u32_at(bytes, 76);
    entry.start = u32_at(bytes, 116);
    entry.size = u64_at(bytes, 120);
    // Version 3 files (512-byte sectors) keep sizes in 32 bits; some writers leave garbage in
    // the upper half, which readers are told to ignore.
    if (sector_size == 512) {
      entry.size &= 0xFFFFFFFF;
    }
    if (entry.type != kStreamEntry && entry.type != kStorageEntry && entry.type != kRootEntry) {
      entry.type = 0;
    }
    return entry;
  }

  core::Expected<std::unique_ptr<core::InputFile>, core::Diagnostic> open_regular(
      const DirectoryEntry& entry, std::string_view what) const {
    auto chain = follow_chain(fat, entry.start, sectors_for(entry.size, sector_size), what);
    if (!chain) {
      return core::unexpected(chain.error());
    }
    for (std::size_t i = 0; i < chain->size(); ++i) {
      const std::uint64_t used = std::min<std::uint64_t>(sector_size, entry.size - i * sector_size);
      if (sector_offset((*chain)[i]) + used > file_size) {
        return core::unexpected(corrupt(fmt::format(
            "{} needs sector {}, which lies beyond the end of the file ({} bytes): the file is "
            "truncated",
            what, (*chain)[i], file_size)));
      }
    }
    return std::unique_ptr<core::InputFile>(std::make_unique<ChainedStream>(
        *file, sector_size, sector_size, std::move(*chain), entry.size));
  }

  core::Expected<std::unique_ptr<core::InputFile>, core::Diagnostic> open_small(
      const DirectoryEntry& entry, std::string_view what) {
    if (!mini_stream) {
      auto chain = follow_chain(fat, first_mini_fat_sector, std::nullopt, "the mini FAT");
      if (!chain) {
        return core::unexpected(chain.error());
      }
      for (const std::uint32_t sector_number : *chain) {
        auto sector = read_sector(sector_number, "a mini FAT sector");
        if (!sector) {
          return core::unexpected(sector.error());
        }
        for (std::size_t i = 0; i < sector_size / 4; ++i) {
          mini_fat.push_back(u32_at(*sector, 4 * i));
        }
      }
      auto opened = open_regular(root, "the mini stream");
      if (!opened) {
        return core::unexpected(opened.error());
      }
      mini_stream = std::move(*opened);
    }
    auto chain =
        follow_chain(mini_fat, entry.start, sectors_for(entry.size, kMiniSectorSize), what);
    if (!chain) {
      return core::unexpected(chain.error());
    }
    for (std::size_t i = 0; i < chain->size(); ++i) {
      const std::uint64_t used =
          std::min<std::uint64_t>(kMiniSectorSize, entry.size - i * kMiniSectorSize);
      if ((*chain)[i] * kMiniSectorSize + used > mini_stream->size()) {
        return core::unexpected(corrupt(
            fmt::format("{} needs mini sector {}, beyond the end of the mini stream ({} bytes)",
                        what, (*chain)[i], mini_stream->size())));
      }
    }
    return std::unique_ptr<core::InputFile>(std::make_unique<ChainedStream>(
        *mini_stream, 0, kMiniSectorSize, std::move(*chain), entry.size));
  }
};

CompoundFile::CompoundFile(std::unique_ptr<State> state) : state_(std::move(state)) {}
CompoundFile::CompoundFile(CompoundFile&&) noexcept = default;
CompoundFile& CompoundFile::operator=(CompoundFile&&) noexcept = default;
CompoundFile::~CompoundFile() = default;

core::Expected<CompoundFile, core::Diagnostic> CompoundFile::open(
    std::unique_ptr<core::InputFile> file, std::string display_name) {
  auto state = std::make_unique<State>();
  state->file_size = file->size();
  state->file = std::move(file);
  state->display_name = std::move(display_name);
  std::string header(kHeaderBytes, '\0');
  auto got = state->file->read_at(0, header);
  if (!got) {
    return core::unexpected(state->read_failed(got.error()));
  }
  if (*got < kHeaderBytes) {
    return core::unexpected(state->corrupt(
        fmt::format("the file is {} bytes long, shorter than the container's {}-byte header", *got,
                    kHeaderBytes)));
  }
  if (!std::string_view(header).starts_with(kSignature)) {
    return core::unexpected(state->corrupt("the file does not begin with its signature"));
  }
  const std::uint16_t sector_shift = u16_at(header, 30);
  if (sector_shift != 9 && sector_shift != 12) {
    return core::unexpected(state->corrupt(fmt::format(
        "its header gives sectors of 2^{} bytes, where only 512 and 4096 exist", sector_shift)));
  }
  if (u16_at(header, 32) != kMiniSectorShift) {
    return core::unexpected(state->corrupt(fmt::format(
        "its header gives mini sectors of 2^{} bytes, where only 64 exist", u16_at(header, 32))));
  }
  state->sector_size = std::uint64_t{1} << sector_shift;
  state->mini_cutoff = u32_at(header, 56);
  state->first_mini_fat_sector = u32_at(header, 60);
  if (auto fat = state->read_fat(header); !fat) {
    return core::unexpected(fat.error());
  }
  if (auto directory = state->read_directory(u32_at(header, 48)); !directory) {
    return core::unexpected(directory.error());
  }
  return CompoundFile(std::move(state));
}

bool CompoundFile::has_stream(std::string_view name) const {
  return std::any_of(state_->streams.begin(), state_->streams.end(),
                     [&](const DirectoryEntry& entry) { return same_name(entry.name, name); });
}

core::Expected<std::unique_ptr<core::InputFile>, core::Diagnostic> CompoundFile::open_stream(
    std::string_view name) {
  const auto found =
      std::find_if(state_->streams.begin(), state_->streams.end(),
                   [&](const DirectoryEntry& entry) { return same_name(entry.name, name); });
  if (found == state_->streams.end()) {
    return core::unexpected(state_->corrupt(fmt::format("it has no stream named '{}'", name)));
  }
  const std::string what = fmt::format("the stream '{}'", printable(found->name));
  return found->size < state_->mini_cutoff ? state_->open_small(*found, what)
                                           : state_->open_regular(*found, what);
}

}  // namespace scdash::io::detail
