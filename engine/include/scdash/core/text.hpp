// Small text helpers shared by every module that compares what people typed.
//
//   scdash::core::normalise_label("Hinckley & Bosworth ");  // the same as "hinckley and bosworth"
//   scdash::core::closest_match("colum", candidates);         // "column"
//   scdash::core::valid_utf8("Blaby\xff.csv");                // "Blaby\uFFFD.csv"
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

// The length of the well-formed UTF-8 character at the start of `text` (1 to 4), or 0 when the
// bytes there are not one: overlong forms, surrogates and code points beyond U+10FFFF are not.
std::size_t utf8_character_length(std::string_view text);

// `text` with each byte that does not begin a well-formed UTF-8 character replaced by U+FFFD.
// Readers give UTF-8 already; this is for what they do not read, such as a file's name saved in
// another encoding, since JSON and XML must be UTF-8.
std::string valid_utf8(std::string_view text);

enum class LineBreaks { escape, keep };

// Valid UTF-8 `text` with each control character (C0, DEL and C1) and the noncharacters U+FFFE
// and U+FFFF written as visible escapes ("\x01", "\u009b", "\ufffe"; "\n", "\r" and "\t"
// unless `line_breaks` keeps them), so that partner text can neither forge a terminal's lines
// and colours nor make XML ill-formed. Other characters are kept as they are.
std::string escape_control_characters(std::string_view text, LineBreaks line_breaks);

// Whether escape_control_characters() and valid_utf8() would leave `text` as it is.
bool is_plain_text(std::string_view text);

// `text` as a sentence begins: its first letter, when an ASCII lower-case one, in upper case.
std::string capitalised(std::string text);

}  // namespace scdash::core
