#include <catch2/catch.hpp>

#include "scdash/core/area.hpp"

using namespace scdash::core;

namespace {

AreaDirectory leicestershire() {
  AreaDirectory areas;
  REQUIRE_FALSE(areas.add({"E10000018", "Leics", "Leicestershire", {}, ""}));
  REQUIRE_FALSE(
      areas.add({"E07000132", "HB", "Hinckley and Bosworth", {"H&B", "HBBC"}, "E10000018"}));
  REQUIRE_FALSE(areas.add({"E07000135", "O", "Oadby and Wigston", {"O&W"}, "E10000018"}));
  REQUIRE_FALSE(areas.add({"E06000017", "R", "Rutland", {}, ""}));
  return areas;
}

}  // namespace

TEST_CASE("an area is found by any of the names partners use") {
  const AreaDirectory areas = leicestershire();
  for (const char* name : {"Hinckley & Bosworth", "hinckley and bosworth", "H&B", "h & b", "HBBC",
                           "HB", "E07000132", " Hinckley  and Bosworth "}) {
    const Area* area = areas.resolve(name);
    REQUIRE(area != nullptr);
    CHECK(area->code == "E07000132");
  }
  CHECK(areas.resolve("Oadby & Wigston")->code == "E07000135");
  CHECK(areas.resolve("Leicester") == nullptr);
}

TEST_CASE("a name that belongs to two areas is refused") {
  AreaDirectory areas = leicestershire();
  const auto clash = areas.add({"E99999999", "X", "Somewhere", {"HBBC"}, ""});
  REQUIRE(clash);
  CHECK(clash->find("Hinckley and Bosworth") != std::string::npos);
  CHECK(areas.find_code("E99999999") == nullptr);
}

TEST_CASE("an unknown name gets the nearest known area as a suggestion") {
  const AreaDirectory areas = leicestershire();
  CHECK(areas.suggest("Hinckley and Bosworh") == "Hinckley and Bosworth");
  CHECK(areas.suggest("Rutlnd") == "Rutland");
  CHECK(areas.suggest("Nottingham").empty());
}

TEST_CASE("a county's districts are its children, in order") {
  const AreaDirectory areas = leicestershire();
  const auto children = areas.children("E10000018");
  REQUIRE(children.size() == 2);
  CHECK(children[0]->label == "HB");
  CHECK(children[1]->label == "O");
}
