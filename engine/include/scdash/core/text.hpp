// Small text helpers shared by every module that compares what people typed.
//
//   scdash::core::normalise_label("Hinckley & Bosworth ");  // the same as "hinckley and bosworth"
//   scdash::core::closest_match("colum", candidates);         // "column"
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace scdash::core {

// Lower case, "&" read as "and", punctuation dropped, runs of white space (including line
// breaks) made one space, ends trimmed: "Hinckley & Bosworth " and "hinckley and  bosworth"
// both become "hinckley and bosworth".
std::string normalise_label(std::string_view text);

// Trims ASCII white space and non-breaking spaces from both ends.
std::string_view trim(std::string_view text);

// Edit distance between two byte strings, counting an insertion, a deletion, a substitution
// or a swap of two neighbouring characters (the commonest typo) as one edit each.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word` by edit distance, if close enough to be a plausible typo
// (at most a third of the word's length, and at least one edit allowed); empty otherwise.
std::string closest_match(std::string_view word, std::span<const std::string> candidates);

}  // namespace scdash::core
