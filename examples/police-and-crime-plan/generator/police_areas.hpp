// The force's policing areas as its returns name them: the force, its two basic command units
// (BCUs) and their eleven local policing units (LPUs). Figures are made for the LPUs only; a
// BCU's and the force's are their LPUs' sums, so every return adds up exactly.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace examples::police {

enum class Bcu : std::size_t { city, counties };
inline constexpr std::size_t kBcus = 2;

struct Lpu {
  std::string_view name;  // "Blaby LPU", as mappings/reference/areas.yaml names it
  Bcu bcu;
};

// The city's four LPUs, then the counties' seven, in the order the force lists them.
const std::vector<Lpu>& lpus();

// The indices of a BCU's LPUs.
std::vector<std::size_t> lpus_in(Bcu bcu);

// An area a return gives a figure for.
struct ReportingArea {
  std::string_view performance_name;  // the performance system's: "Force total", "Blaby LPU"
  std::string_view extract_name;      // the outcomes extract's: "Force", "Blaby"
  std::vector<std::size_t> lpus;      // the LPUs whose figures it adds up
};

// The force, the City BCU and its LPUs, then the Counties BCU and its LPUs: the rows of the
// performance system's tables.
const std::vector<ReportingArea>& reporting_areas();

}  // namespace examples::police
