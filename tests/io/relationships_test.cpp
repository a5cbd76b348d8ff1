#include <catch2/catch.hpp>

#include "io/relationships.hpp"

using scdash::io::detail::relationships_part_for;
using scdash::io::detail::resolve_target;

TEST_CASE("relationship targets resolve to one part name whatever form the writer chose") {
  CHECK(resolve_target("xl/workbook.xml", "worksheets/sheet1.xml") == "xl/worksheets/sheet1.xml");
  CHECK(resolve_target("xl/workbook.xml", "/xl/worksheets/sheet1.xml") ==
        "xl/worksheets/sheet1.xml");
  CHECK(resolve_target("xl/workbook.xml", "worksheets\\sheet1.xml") == "xl/worksheets/sheet1.xml");
  CHECK(resolve_target("xl/workbook.xml", "../xl/./worksheets/sheet1.xml") ==
        "xl/worksheets/sheet1.xml");
  CHECK(resolve_target("xl/workbook.xml", "worksheets/sheet%201.xml") ==
        "xl/worksheets/sheet 1.xml");
  CHECK(resolve_target("", "xl/workbook.xml") == "xl/workbook.xml");
  CHECK(resolve_target("", "/xl/workbook.xml") == "xl/workbook.xml");
}

TEST_CASE("a target climbing above the package root resolves to nothing") {
  CHECK_FALSE(resolve_target("xl/workbook.xml", "../../secret.xml"));
}

TEST_CASE("a part's relationships live in the _rels folder beside it") {
  CHECK(relationships_part_for("xl/workbook.xml") == "xl/_rels/workbook.xml.rels");
  CHECK(relationships_part_for("") == "_rels/.rels");
}
