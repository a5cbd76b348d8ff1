// CompoundFile: the OLE2 compound file ([MS-CFB]) that holds an .xls workbook, read through
// core::InputFile.
//
// A compound file is a small file system inside a file. It is cut into sectors of 512 or 4096
// bytes; a file allocation table (FAT) chains each stream's sectors, and the FAT's own sectors are
// listed by the header (the first 109) and then by a chain of DIFAT sectors. A directory of
// 128-byte entries names the streams, as a tree of siblings under each storage. Streams smaller
// than the cutoff (4096 bytes) live in 64-byte mini sectors inside one "mini stream", chained by
// a mini FAT.
//
// A damaged or hostile file can say anything, so every chain is walked with a visited set and a
// bound, every sector number is checked against the table and the file's size, and no size the
// file declares is trusted for allocation: each fault is an xls-corrupt diagnostic naming the
// sector or byte, never a crash, a hang or runaway memory. A failure of the file system itself is
// xls-unreadable. Streams are read where they lie, never loaded whole.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "scdash/core/diagnostic.hpp"
#include "scdash/core/expected.hpp"
#include "scdash/core/file_system.hpp"

namespace scdash::io::detail {

class CompoundFile {
 public:
  // Reads the header, the FAT and the directory. Diagnostics name the file as `display_name`.
  static core::Expected<CompoundFile, core::Diagnostic> open(std::unique_ptr<core::InputFile> file,
                                                             std::string display_name);

  CompoundFile(CompoundFile&&) noexcept;
  CompoundFile& operator=(CompoundFile&&) noexcept;
  ~CompoundFile();

  // Whether the root storage holds a stream named `name`, ignoring case as Windows does.
  bool has_stream(std::string_view name) const;

  // A stream of the root storage, read in place: the compound file must outlive it. Its sector
  // chain is checked whole here, so reading it later fails only if the file system does.
  core::Expected<std::unique_ptr<core::InputFile>, core::Diagnostic> open_stream(
      std::string_view name);

 private:
  struct State;
  explicit CompoundFile(std::unique_ptr<State> state);

  std::unique_ptr<State> state_;
};

}  // namespace scdash::io::detail
