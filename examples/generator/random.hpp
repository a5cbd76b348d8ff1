// Deterministic "random" numbers for the example returns.
//
// The generator must write byte-identical files on every machine and compiler, so each draw is
// a pure function of a key (splitmix64 over the key's parts): nothing depends on the order in
// which figures are made, and none of the standard library's distributions are used, since
// their output differs between implementations.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>

namespace examples {

// What a draw is for, so that draws for different purposes with the same indices differ.
enum class Stream : std::uint64_t {
  crime = 1,
  crime_day,
  domestic,
  hate,
  hate_choice,
  incident,
  incident_day,
  record_order,
  asb,
  racially_aggravated,
  marac,
  referrals,
  first_time_entrants,
  reoffending,
  survey,
  iom,
  comparator,
  // The Police and Crime Plan example (examples/police-and-crime-plan/generator/).
  police_crime,
  police_outcome,
  police_satisfaction,
};

// An index (a district's, a crime group's) as a part of a key.
inline std::int64_t index_key(std::size_t index) {
  return static_cast<std::int64_t>(index);
}

// Uniform in [0, 1), fixed by the key.
double uniform(Stream stream, std::initializer_list<std::int64_t> key);

// Uniform in [low, high), fixed by the key.
double uniform_between(double low, double high, Stream stream,
                       std::initializer_list<std::int64_t> key);

}  // namespace examples
