// What a cell shows in place of a figure it cannot: the internal copy's marks, and the GSS
// shorthand of a published copy ([x] not available, [z] not applicable, [c] confidential).
#pragma once

#include <string>

namespace scdash::render {

struct Marks {
  std::string unavailable = "n/a";
  std::string not_applicable = "\u2013";  // an en dash, as the board's dashboards show it
  std::string withheld = "[c]";

  static Marks published() { return {"[x]", "[z]", "[c]"}; }
};

}  // namespace scdash::render
