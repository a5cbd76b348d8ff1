// The force's returns for the Police and Crime Plan scorecard: each writes its file for 2025/26
// Q2 into the returns folder, and returns false if it could not be written.
#pragma once

#include <filesystem>

namespace examples::police {

bool write_recorded_crime(const std::filesystem::path& folder);
bool write_crime_outcomes(const std::filesystem::path& folder);
bool write_user_satisfaction(const std::filesystem::path& folder);
bool write_emergent_scorecard(const std::filesystem::path& folder);

}  // namespace examples::police
