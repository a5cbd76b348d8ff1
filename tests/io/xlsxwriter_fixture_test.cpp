// Workbooks written by libxlsxwriter, a producer other than the hand-made packages, read back
// from disk through the machine's file system.
#include <filesystem>

#include <xlsxwriter.h>
#include <catch2/catch.hpp>

#include "io/xlsx_fixture.hpp"
#include "scdash/platform/disk_file_system.hpp"

using namespace scdash;
using io::CellType;

namespace {

// A path in the temporary directory, removed when the test ends.
class TemporaryPath {
 public:
  explicit TemporaryPath(const std::string& name)
      : path_(std::filesystem::temp_directory_path() /
              ("scdash-io-" + std::to_string(std::hash<std::string>{}(name)) + ".xlsx")) {}
  TemporaryPath(const TemporaryPath&) = delete;
  TemporaryPath& operator=(const TemporaryPath&) = delete;
  ~TemporaryPath() {
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
  }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// Writes the partner-return-like workbook both tests read: a data sheet, a hidden sheet, and
// a third visible one.
void write_return(const std::filesystem::path& path, bool constant_memory) {
  lxw_workbook_options options = {};
  options.constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE;
  lxw_workbook* workbook = workbook_new_opt(path.string().c_str(), &options);
  REQUIRE(workbook != nullptr);
  lxw_worksheet* data = workbook_add_worksheet(workbook, "Returns");
  lxw_worksheet* lookups = workbook_add_worksheet(workbook, "Lookups");
  workbook_add_worksheet(workbook, "Notes");
  worksheet_hide(lookups);

  lxw_format* date = workbook_add_format(workbook);
  format_set_num_format(date, "dd/mm/yyyy");
  lxw_format* time = workbook_add_format(workbook);
  format_set_num_format(time, "hh:mm");
  lxw_format* rate = workbook_add_format(workbook);
  format_set_num_format(rate, "0.00");

  worksheet_write_string(data, 0, 0, "Area", nullptr);
  worksheet_write_string(data, 0, 1, "Crimes", nullptr);
  worksheet_write_string(data, 0, 2, "Rate", nullptr);
  worksheet_write_string(data, 0, 3, "Month end", nullptr);
  worksheet_write_string(data, 0, 4, "Checked", nullptr);
  worksheet_write_string(data, 0, 5, "Doubled", nullptr);
  worksheet_write_string(data, 0, 6, "Reported at", nullptr);

  worksheet_write_string(data, 1, 0, "Hinckley & Bosworth", nullptr);
  worksheet_write_number(data, 1, 1, 123, nullptr);
  worksheet_write_number(data, 1, 2, 4.56, rate);
  lxw_datetime month_end = {2025, 9, 30, 0, 0, 0};
  worksheet_write_datetime(data, 1, 3, &month_end, date);
  worksheet_write_boolean(data, 1, 4, 1, nullptr);
  worksheet_write_formula_num(data, 1, 5, "=B2*2", nullptr, 246);
  lxw_datetime reported = {1899, 12, 31, 13, 30, 0};
  worksheet_write_datetime(data, 1, 6, &reported, time);
  worksheet_merge_range(data, 3, 0, 3, 2, "Source: police crime system", nullptr);

  worksheet_write_string(lookups, 0, 0, "hidden", nullptr);
  REQUIRE(workbook_close(workbook) == LXW_NO_ERROR);
}

}  // namespace

TEST_CASE("a libxlsxwriter workbook reads back with its types, dates, sheets and merges") {
  const bool constant_memory = GENERATE(false, true);  // shared strings, then inline strings
  const TemporaryPath file(Catch::getResultCapture().getCurrentTestName() +
                           (constant_memory ? "-constant" : "-shared"));
  write_return(file.path(), constant_memory);

  const auto disk = scdash::platform::make_disk_file_system();
  auto workbook = io::open_workbook(*disk, file.path(), "returns/police.xlsx");
  REQUIRE(workbook);
  const auto& sheets = (*workbook)->sheets();
  REQUIRE(sheets.size() == 3);
  CHECK(sheets[0].name == "Returns");
  CHECK(sheets[1].name == "Lookups");
  CHECK(sheets[1].visibility == io::SheetVisibility::hidden);
  CHECK(sheets[2].visibility == io::SheetVisibility::visible);

  const auto contents = testing::read_all(**workbook);
  REQUIRE_FALSE(contents.failure);
  CHECK(contents.cell("A1")->text == "Area");
  CHECK(contents.cell("A2")->type == CellType::string);
  CHECK(contents.cell("A2")->text == "Hinckley & Bosworth");
  CHECK(contents.cell("B2")->type == CellType::number);
  CHECK(contents.cell("B2")->number == 123);
  CHECK(contents.cell("C2")->type == CellType::number);
  CHECK(contents.cell("C2")->number == 4.56);
  CHECK(contents.cell("D2")->type == CellType::date);
  CHECK(contents.cell("D2")->number == 45930);
  CHECK(contents.cell("E2")->type == CellType::boolean);
  CHECK(contents.cell("E2")->number == 1);
  CHECK(contents.cell("F2")->type == CellType::number);
  CHECK(contents.cell("F2")->number == 246);
  CHECK(contents.cell("G2")->type == CellType::date);
  CHECK(contents.cell("G2")->number == Approx(13.5 / 24));
  CHECK(contents.cell("A4")->text == "Source: police crime system");

  auto merged = (*workbook)->merged_ranges(0);
  REQUIRE(merged);
  CHECK(*merged == std::vector<io::CellRange>{{{3, 0}, {3, 2}}});

  const auto hidden = testing::read_all(**workbook, 1);
  REQUIRE_FALSE(hidden.failure);
  CHECK(hidden.cell("A1")->text == "hidden");
}
