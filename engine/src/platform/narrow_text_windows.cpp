// Windows: the C runtime's conversions between narrow text and wide (UTF-16), made UTF-8.
//
// scdash's text is UTF-8 throughout, and its manifest makes UTF-8 the process's code page, so
// Windows' own narrow functions and the command line are UTF-8 (src/windows/scdash.manifest).
// But std::filesystem (libstdc++ on MinGW-w64) converts a path to and from std::string through
// mbrtowc and wcrtomb, and msvcrt's take the "C" locale's bytes for Latin-1 whatever the code
// page: "Hinckley & Bosworth – ASB.xlsx" would become a name no one gave, or a conversion error.
// These definitions take the C runtime's place in every program that links the platform
// module (as objects, ahead of the runtime's libraries), so every conversion is UTF-8.
//
// A character beyond the Basic Multilingual Plane (U+10000 and above, such as an emoji) takes
// two UTF-16 units, a surrogate pair, where these functions give or take one wchar_t a call. So
// the pair is carried in the conversion's state between two calls: mbrtowc gives the high
// surrogate for the sequence's first byte and the low one for the rest; wcrtomb writes nothing
// for the high surrogate and the whole sequence with the low one. libstdc++'s conversions call
// them in a loop that keeps the state, one call's output after another's.
#include <cerrno>
#include <cstddef>
#include <cwchar>

namespace {

constexpr std::size_t kInvalid = static_cast<std::size_t>(-1);
constexpr std::size_t kIncomplete = static_cast<std::size_t>(-2);

// The surrogate a conversion has still to give (mbrtowc) or to finish (wcrtomb); 0 for none.
// msvcrt's mbstate_t is an int, which holds it.
int& pending(std::mbstate_t* state) {
  static std::mbstate_t own;  // for callers that give no state, as the C standard allows
  return *reinterpret_cast<int*>(state != nullptr ? state : &own);
}

bool is_high_surrogate(char32_t unit) {
  return unit >= 0xD800 && unit <= 0xDBFF;
}

bool is_low_surrogate(char32_t unit) {
  return unit >= 0xDC00 && unit <= 0xDFFF;
}

bool is_continuation(char byte) {
  return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

// The length of the UTF-8 sequence `lead` begins and the bits it carries; 0 when it begins
// none (a continuation byte, or a byte no UTF-8 uses).
std::size_t sequence_length(unsigned char lead, char32_t& bits) {
  if (lead < 0x80) {
    bits = lead;
    return 1;
  }
  if ((lead & 0xE0) == 0xC0 && lead >= 0xC2) {
    bits = lead & 0x1F;
    return 2;
  }
  if ((lead & 0xF0) == 0xE0) {
    bits = lead & 0x0F;
    return 3;
  }
  if ((lead & 0xF8) == 0xF0 && lead <= 0xF4) {
    bits = lead & 0x07;
    return 4;
  }
  return 0;
}

std::size_t invalid() {
  errno = EILSEQ;
  return kInvalid;
}

}  // namespace

extern "C" {

std::size_t mbrtowc(wchar_t* out, const char* text, std::size_t available, std::mbstate_t* state) {
  int& low_surrogate = pending(state);
  if (text == nullptr) {
    low_surrogate = 0;
    return 0;
  }
  if (available == 0) {
    return kIncomplete;
  }
  if (low_surrogate != 0) {
    // The rest of a four-byte sequence whose first byte gave the high surrogate; the whole
    // sequence was checked then.
    if (available < 3) {
      return kIncomplete;
    }
    if (out != nullptr) {
      *out = static_cast<wchar_t>(low_surrogate);
    }
    low_surrogate = 0;
    return 3;
  }
  char32_t code = 0;
  const std::size_t length = sequence_length(static_cast<unsigned char>(text[0]), code);
  if (length == 0) {
    return invalid();
  }
  for (std::size_t i = 1; i < length; ++i) {
    if (i >= available) {
      return kIncomplete;
    }
    if (!is_continuation(text[i])) {
      return invalid();
    }
    code = (code << 6) | (static_cast<unsigned char>(text[i]) & 0x3F);
  }
  // Overlong forms, UTF-16's surrogates and what lies beyond U+10FFFF are not characters.
  if ((length == 3 && code < 0x800) || (length == 4 && (code < 0x10000 || code > 0x10FFFF)) ||
      is_high_surrogate(code) || is_low_surrogate(code)) {
    return invalid();
  }
  if (length == 4) {
    const char32_t beyond = code - 0x10000;
    low_surrogate = static_cast<int>(0xDC00 + (beyond & 0x3FF));
    if (out != nullptr) {
      *out = static_cast<wchar_t>(0xD800 + (beyond >> 10));
    }
    return 1;
  }
  if (out != nullptr) {
    *out = static_cast<wchar_t>(code);
  }
  return code == 0 ? 0 : length;
}

std::size_t mbrlen(const char* text, std::size_t available, std::mbstate_t* state) {
  return mbrtowc(nullptr, text, available, state);
}

std::size_t wcrtomb(char* out, wchar_t wide, std::mbstate_t* state) {
  int& high_surrogate = pending(state);
  char buffer[4];
  char* bytes = out == nullptr ? buffer : out;
  if (out == nullptr) {
    wide = L'\0';  // as the C standard has it: the state is reset
  }
  const auto unit = static_cast<char32_t>(static_cast<unsigned short>(wide));
  if (high_surrogate != 0) {
    if (!is_low_surrogate(unit)) {
      high_surrogate = 0;
      return invalid();
    }
    const char32_t code =
        0x10000 + ((static_cast<char32_t>(high_surrogate) - 0xD800) << 10) + (unit - 0xDC00);
    high_surrogate = 0;
    bytes[0] = static_cast<char>(0xF0 | (code >> 18));
    bytes[1] = static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    bytes[2] = static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    bytes[3] = static_cast<char>(0x80 | (code & 0x3F));
    return 4;
  }
  if (is_high_surrogate(unit)) {
    high_surrogate = static_cast<int>(unit);
    return 0;  // the character is written with its low surrogate
  }
  if (is_low_surrogate(unit)) {
    return invalid();
  }
  if (unit < 0x80) {
    bytes[0] = static_cast<char>(unit);
    return 1;
  }
  if (unit < 0x800) {
    bytes[0] = static_cast<char>(0xC0 | (unit >> 6));
    bytes[1] = static_cast<char>(0x80 | (unit & 0x3F));
    return 2;
  }
  bytes[0] = static_cast<char>(0xE0 | (unit >> 12));
  bytes[1] = static_cast<char>(0x80 | ((unit >> 6) & 0x3F));
  bytes[2] = static_cast<char>(0x80 | (unit & 0x3F));
  return 3;
}

}  // extern "C"
