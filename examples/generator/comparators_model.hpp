// The comparator areas of the iQuanta-style extracts: a most similar group of counties, and
// the two-tier counties of England, with rates for the crimes the dashboard ranks.
#pragma once

#include <string_view>
#include <vector>

#include "calendar.hpp"

namespace examples {

enum class ComparedCrime { total, violence_with_injury, burglary_residential, vehicle };

struct ComparatorArea {
  std::string_view name;  // as mappings/reference/areas.yaml names it
  std::string_view code;  // ONS GSS code
  bool most_similar;      // in Leicestershire's (illustrative) most similar group
};

// The 21 county councils of England in 2025, Leicestershire among them.
const std::vector<ComparatorArea>& counties();

// The averages an extract gives beside its areas: the East Midlands region's and England's.
const std::vector<ComparatorArea>& averages();

// An area's crimes per 1,000 people in the 12 months to the quarter's end, to two decimal
// places, as the extract gives them. Leicestershire's is computed from the police returns of
// that quarter exactly as scdash computes it (the same crimes over the same 712,300 people),
// so that the extract and the dashboard agree.
double comparator_rate(const ComparatorArea& area, ComparedCrime crime, FinancialQuarter quarter);

}  // namespace examples
