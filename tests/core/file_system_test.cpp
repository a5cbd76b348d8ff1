// Paths compared as the folders they name: which lies inside which.
#include <catch2/catch.hpp>

#include "scdash/core/file_system.hpp"
#include "support/memory_file_system.hpp"

using scdash::core::lies_within;
using scdash::testing::MemoryFileSystem;

TEST_CASE("a path lies within a folder part by part, never by a shared prefix of letters") {
  CHECK(lies_within("/work/returns", "/work/returns/police.csv"));
  CHECK(lies_within("/work/returns", "/work/returns/2025-26-Q2/police.csv"));
  CHECK(lies_within("/work/returns/", "/work/returns/police.csv"));
  CHECK(lies_within("/work/returns", "/work/returns"));
  CHECK_FALSE(lies_within("/work/returns", "/work/returns-old/police.csv"));
  CHECK_FALSE(lies_within("/work/returns", "/work"));
  CHECK_FALSE(lies_within("/work/returns", "/etc/shadow"));
  CHECK_FALSE(lies_within("", "/etc/shadow"));  // a path that could not be resolved holds nothing
}

TEST_CASE("a file system without links resolves a path by making it absolute and normal") {
  MemoryFileSystem files;
  const auto resolved = files.resolve("returns/../returns/./police.csv");
  CHECK(resolved.is_absolute());
  CHECK(resolved == files.resolve("returns/police.csv"));
  CHECK(lies_within(files.resolve("returns"), resolved));
  CHECK_FALSE(lies_within(files.resolve("returns"), files.resolve("returns/../out/d.xlsx")));
}
