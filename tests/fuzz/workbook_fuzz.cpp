#include "workbook_fuzz.hpp"

#include "scdash/io/cell_text.hpp"
#include "scdash/io/workbook.hpp"
#include "support/memory_file_system.hpp"

namespace scdash::fuzz {

void read_whole_workbook(const std::uint8_t* data, std::size_t size, const std::string& name) {
  testing::MemoryFileSystem disk;
  disk.add_file(name, std::string(reinterpret_cast<const char*>(data), size));
  auto workbook = io::open_workbook(disk, name, name);
  if (!workbook) {
    return;
  }
  const std::size_t sheets = (*workbook)->sheets().size();
  for (std::size_t sheet = 0; sheet < sheets; ++sheet) {
    (void)(*workbook)->merged_ranges(sheet);
    (void)(*workbook)->read_sheet(sheet, [](const io::Row& row) {
      for (const auto& cell : row.cells) {
        (void)io::value_text(cell);  // every cell's text, as `scdash cat` prints it
      }
      return true;
    });
  }
}

}  // namespace scdash::fuzz
