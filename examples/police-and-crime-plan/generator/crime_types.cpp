#include "crime_types.hpp"

namespace examples::police {

const CrimeTypeProfile& profile(CrimeType type) {
  // Burglary and vehicle crime peak in the dark winter months, violence and hate crime in the
  // summer; domestic violence has a smaller summer peak.
  static const std::array<CrimeTypeProfile, kCrimeTypes> kProfiles = {{
      {"All crime", 0.06, 7},
      {"Domestic burglary", 0.15, 12},
      {"Theft of motor vehicle", 0.08, 11},
      {"Theft from motor vehicle", 0.10, 11},
      {"Violence with injury", 0.10, 7},
      {"Domestic violence", 0.06, 8},
      {"Hate crime", 0.10, 7},
  }};
  return kProfiles[static_cast<std::size_t>(type)];
}

const std::array<CrimeType, kCrimeTypes>& crime_types() {
  static const std::array<CrimeType, kCrimeTypes> kTypes = {
      CrimeType::all,
      CrimeType::domestic_burglary,
      CrimeType::theft_of_motor_vehicle,
      CrimeType::theft_from_motor_vehicle,
      CrimeType::violence_with_injury,
      CrimeType::domestic_violence,
      CrimeType::hate,
  };
  return kTypes;
}

}  // namespace examples::police
