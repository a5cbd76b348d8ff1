// A classification set by hand, such as the force's "High", as the template's list spells it.
#include <algorithm>

#include "scdash/core/text.hpp"
#include "scdash/template/catalogue.hpp"

namespace scdash::templates {

const std::string* Catalogue::classification_named(std::string_view text) const {
  const std::string wanted = core::normalise_label(text);
  const auto found =
      std::find_if(classifications.begin(), classifications.end(),
                   [&](const std::string& name) { return core::normalise_label(name) == wanted; });
  return found == classifications.end() ? nullptr : &*found;
}

}  // namespace scdash::templates
