#include <catch2/catch.hpp>

#include "scdash/validate/accounting.hpp"
#include "support/memory_file_system.hpp"
#include "validate/validate_fixture.hpp"

using namespace scdash;
using testing::codes;

namespace {

struct Folder {
  Folder() {
    disk.add_file("q/returns/police.xlsx", "police bytes");
    disk.add_file("q/returns/notes.txt", "notes");
    disk.add_file("q/returns/old/police-2024.xlsx", "old bytes");
    record.files = {{"returns/police.xlsx", "mappings/police.yaml", 2, {2, 2, 0, 0}}};
    record.diagnostics = {
        core::Diagnostic::warning("return-unmatched", "no mapping reads this file",
                                  core::Location::in_file("returns/notes.txt")),
        core::Diagnostic::info("return-folder-skipped", "folder inside the returns folder",
                               core::Location::in_file("returns/old"))};
  }
  testing::MemoryFileSystem disk;
  core::RunRecord record;
};

}  // namespace

TEST_CASE("every file in the folder is read or reported") {
  Folder f;
  validate::account_for_returns(f.disk, "q/returns", f.record);
  CHECK(f.record.diagnostics.size() == 2);  // nothing added
  CHECK(f.record.folder.files == 3);
  CHECK(f.record.folder.read == 1);
  CHECK(f.record.folder.reported == 2);  // the unmatched note, and the file in the skipped folder
  CHECK(f.record.folder.balances());
}

TEST_CASE("a file neither read nor reported is an error, so that nothing is lost silently") {
  Folder f;
  f.record.diagnostics.erase(f.record.diagnostics.begin());
  validate::account_for_returns(f.disk, "q/returns", f.record);
  CHECK(f.record.folder.unaccounted == 1);
  CHECK_FALSE(f.record.folder.balances());
  REQUIRE(codes(f.record.diagnostics).back() == "file-unaccounted");
  CHECK(f.record.diagnostics.back().location.to_string() == "returns/notes.txt");
  CHECK(f.record.diagnostics.back().severity == core::Severity::error);
}

TEST_CASE("a return whose mapped cells do not add up is an error") {
  Folder f;
  f.record.files[0].cells_in_region = {5, 2, 1, 1};
  validate::account_for_returns(f.disk, "q/returns", f.record);
  REQUIRE(codes(f.record.diagnostics).back() == "cells-unaccounted");
  CHECK(f.record.diagnostics.back().message ==
        "of 5 non-empty cell(s) in the mapped region, 2 were read, 1 reported and 1 left out by "
        "'where': the rest are unaccounted for");
}

TEST_CASE("a return read and then removed is counted as read, with a warning") {
  Folder f;
  f.record.files.push_back({"returns/marac.xlsx", "mappings/marac.yaml", 1, {1, 1, 0, 0}});
  validate::account_for_returns(f.disk, "q/returns", f.record);
  CHECK(f.record.folder.files == 4);
  CHECK(f.record.folder.read == 2);
  CHECK(f.record.folder.balances());
  REQUIRE(codes(f.record.diagnostics).back() == "return-removed");
  CHECK(f.record.diagnostics.back().location.to_string() == "returns/marac.xlsx");
}
