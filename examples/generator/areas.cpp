#include "areas.hpp"

namespace examples {

const std::vector<District>& districts() {
  // Charnwood (Loughborough) has the most crime, the rural districts and Rutland the least;
  // hate crime is highest in the districts nearest the city.
  static const std::vector<District> kDistricts = {
      {"Blaby", "E07000129", 102900, true, 0.97, 0.95, 1.05},
      {"Charnwood", "E07000130", 184000, true, 1.12, 1.20, 1.25},
      {"Harborough", "E07000131", 97700, true, 0.78, 0.75, 0.70},
      {"Hinckley and Bosworth", "E07000132", 113600, true, 0.90, 0.95, 0.90},
      {"Melton", "E07000133", 51800, true, 0.86, 0.90, 0.75},
      {"North West Leicestershire", "E07000134", 104600, true, 1.05, 1.05, 0.95},
      {"Oadby and Wigston", "E07000135", 57700, true, 0.92, 1.00, 1.30},
      {"Rutland", "E06000017", 41200, false, 0.58, 0.60, 0.60},
  };
  return kDistricts;
}

double county_population() {
  double total = 0;
  for (const District& district : districts()) {
    total += district.in_county ? district.population : 0;
  }
  return total;
}

}  // namespace examples
