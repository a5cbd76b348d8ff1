// The areas the example returns report on: Leicestershire's seven districts and Rutland.
#pragma once

#include <string_view>
#include <vector>

namespace examples {

struct District {
  std::string_view name;  // as mappings/reference/areas.yaml names it
  std::string_view code;  // ONS GSS code
  double population;      // Census 2021, as mappings/reference/populations.yaml
  bool in_county;         // false for Rutland, a unitary authority outside Leicestershire
  // How the district differs from an average one, as multipliers of the county-wide rates.
  double crime;
  double asb;
  double hate;
};

// Blaby, Charnwood, Harborough, Hinckley and Bosworth, Melton, North West Leicestershire,
// Oadby and Wigston, Rutland: the order the police list them.
const std::vector<District>& districts();

// Leicestershire's population (the sum of its districts'): 712,300.
double county_population();

}  // namespace examples
