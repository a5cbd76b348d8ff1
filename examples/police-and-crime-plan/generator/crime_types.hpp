// The crime types of the Police and Crime Plan's strategic objectives and other threats, as the
// force's performance system names them (its sheets, and the outcomes extract's offences).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace examples::police {

enum class CrimeType : std::size_t {
  all,
  domestic_burglary,
  theft_of_motor_vehicle,
  theft_from_motor_vehicle,
  violence_with_injury,
  domestic_violence,
  hate,
};
inline constexpr std::size_t kCrimeTypes = 7;

struct CrimeTypeProfile {
  std::string_view label;     // "Domestic burglary": a sheet's name and an offence
  double seasonal_amplitude;  // the yearly cycle's swing either side of the mean
  int peak_month;             // 1..12
};

const CrimeTypeProfile& profile(CrimeType type);

// Every type, in the order the returns list them.
const std::array<CrimeType, kCrimeTypes>& crime_types();

// A type's index, for keying random draws.
inline std::int64_t type_key(CrimeType type) {
  return static_cast<std::int64_t>(type);
}

}  // namespace examples::police
