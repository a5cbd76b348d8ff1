// Writes the Police and Crime Plan example's returns: the force's four returns for 2025/26 Q2
// (data to September 2025), from which the scorecard of seed 004 is made.
//
// The figures are invented, but those seed 004 quotes come out exactly
// (examples/police-and-crime-plan/README.md lists them). The same program always writes the
// same bytes; a test regenerates the files and compares them with the committed ones.
//
//   generate_police_returns RETURNS_DIR
#include <cstdio>
#include <exception>
#include <filesystem>
#include <utility>

#include "police_returns.hpp"

namespace {

using namespace examples::police;
namespace fs = std::filesystem;

using ReturnWriter = bool (*)(const fs::path& folder);

constexpr std::pair<const char*, ReturnWriter> kReturns[] = {
    {"recorded crime", write_recorded_crime},
    {"crime outcomes", write_crime_outcomes},
    {"user satisfaction", write_user_satisfaction},
    {"emergent scorecard", write_emergent_scorecard},
};

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: generate_police_returns RETURNS_DIR\n");
    return 2;
  }
  const fs::path folder = argv[1];
  std::error_code error;
  fs::create_directories(folder, error);
  if (error) {
    std::fprintf(stderr, "generate_police_returns: cannot make %s\n", folder.string().c_str());
    return 1;
  }
  try {
    bool written = true;
    for (const auto& [name, write] : kReturns) {
      if (!write(folder)) {
        std::fprintf(stderr, "generate_police_returns: cannot write the %s return in %s\n", name,
                     folder.string().c_str());
        written = false;
      }
    }
    return written ? 0 : 1;
  } catch (const std::exception& failure) {
    // Only a mistake in the generator's own figures (see apportion.cpp) can throw.
    std::fprintf(stderr, "generate_police_returns: %s\n", failure.what());
    return 1;
  }
}
