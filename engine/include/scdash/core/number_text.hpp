// Numbers as text, exactly: decimal text read into the nearest double, and a double written as
// the shortest text that reads back as it. Every decimal a return holds is read, and every number
// report.json holds is written, through these, so that the native and the WebAssembly engines give
// the same figures to the last bit. (The
// WebAssembly build's C++ library has no floating-point std::from_chars; there the C library's
// strtod, which also rounds correctly, reads the text.)
//
//   double value = 0;
//   const auto [end, error] = scdash::core::parse_double(text.data(), text.data() + text.size(),
//                                                        value);
//   scdash::core::shortest_text(0.1 + 0.2) == "0.30000000000000004"
#pragma once

#include <charconv>
#include <string>

namespace scdash::core {

// As std::from_chars(first, last, value) in its general format: no leading space or '+', no hex.
std::from_chars_result parse_double(const char* first, const char* last, double& value);

// The shortest decimal text that reads back as `value` ("42", "0.328", "1e+20").
std::string shortest_text(double value);

namespace detail {
// parse_double where the C++ library has no floating-point from_chars, by strtod; built on every
// platform, so that the native tests prove it gives what from_chars gives.
std::from_chars_result parse_double_by_strtod(const char* first, const char* last, double& value);
}  // namespace detail

}  // namespace scdash::core
