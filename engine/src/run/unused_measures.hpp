// A measure a mapping gives that no indicator reads is most often a typo ("crime.totl" for
// "crime.total"): its figures would be read and then go nowhere, and the indicator it was meant
// for be n/a, with nothing to say why.
#pragma once

#include <vector>

#include "scdash/core/diagnostic.hpp"
#include "scdash/mapping/mapping.hpp"
#include "scdash/template/catalogue.hpp"

namespace scdash::run {

// Each measure id a mapping writes (a constant, a form cell's, a records rule's, a label's
// meaning) that no indicator of `catalogue` reads: a warning naming the one it is a typo of,
// where there is one so close, and otherwise an info.
void check_measures_used(const std::vector<mapping::Mapping>& mappings,
                         const templates::Catalogue& catalogue, core::Diagnostics& diagnostics);

}  // namespace scdash::run
