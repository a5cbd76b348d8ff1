#include <catch2/catch.hpp>

#include "scdash/template/placeholders.hpp"

using namespace scdash::templates;

TEST_CASE("each placeholder is replaced by its own value") {
  PlaceholderValues values{"Title",
                           "2025/26 Q2",
                           "Leicestershire",
                           "12 months to Sep 2025",
                           "12 months to Sep 2024",
                           "Sep 2025",
                           "B Blaby",
                           "R",
                           "A",
                           "G",
                           "n/a",
                           "[x]",
                           "[z]"};
  CHECK(expand_placeholders("{title}|{quarter}|{area}|{current}|{previous}|{data_to}|"
                            "{districts}|{red}|{amber}|{green}|{grey}|{not_available}|"
                            "{not_applicable}",
                            values) ==
        "Title|2025/26 Q2|Leicestershire|12 months to Sep 2025|12 months to Sep 2024|Sep 2025|"
        "B Blaby|R|A|G|n/a|[x]|[z]");
  CHECK(layout_placeholders().size() == 13);
}

TEST_CASE("a name that is no placeholder is reported and kept as written") {
  CHECK(unknown_placeholders("{area} and {aera} and {") == std::vector<std::string>{"aera"});
  CHECK(expand_placeholders("{aera}: {", {}) == "{aera}: {");
}
