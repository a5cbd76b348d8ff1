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
// two UTF-16 units, which one wchar_t cannot hold: it is reported as an invalid sequence, and
// the path conversion fails with an error rather than naming another file.
#include <cerrno>
#include <cstddef>
#include <cwchar>

namespace {

constexpr std::size_t kInvalid = static_cast<std::size_t>(-1);
constexpr std::size_t kIncomplete = static_cast<std::size_t>(-2);

// The length of the UTF-8 sequence `lead` begins and the bits it carries; 0 when it begins
// none (a continuation byte, or a sequence of four bytes, beyond UTF-16's one unit).
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
  return 0;
}

}  // namespace

extern "C" {

std::size_t mbrtowc(wchar_t* out, const char* text, std::size_t available, std::mbstate_t*) {
  if (text == nullptr) {
    return 0;
  }
  if (available == 0) {
    return kIncomplete;
  }
  char32_t code = 0;
  const std::size_t length = sequence_length(static_cast<unsigned char>(text[0]), code);
  if (length == 0) {
    errno = EILSEQ;
    return kInvalid;
  }
  for (std::size_t i = 1; i < length; ++i) {
    if (i >= available) {
      return kIncomplete;
    }
    const auto next = static_cast<unsigned char>(text[i]);
    if ((next & 0xC0) != 0x80) {
      errno = EILSEQ;
      return kInvalid;
    }
    code = (code << 6) | (next & 0x3F);
  }
  // Overlong three-byte forms and UTF-16's surrogates are not characters.
  if ((length == 3 && code < 0x800) || (code >= 0xD800 && code <= 0xDFFF)) {
    errno = EILSEQ;
    return kInvalid;
  }
  if (out != nullptr) {
    *out = static_cast<wchar_t>(code);
  }
  return code == 0 ? 0 : length;
}

std::size_t mbrlen(const char* text, std::size_t available, std::mbstate_t* state) {
  return mbrtowc(nullptr, text, available, state);
}

std::size_t wcrtomb(char* out, wchar_t wide, std::mbstate_t*) {
  char buffer[4];
  char* bytes = out == nullptr ? buffer : out;
  const auto code = static_cast<char32_t>(static_cast<unsigned short>(wide));
  if (code >= 0xD800 && code <= 0xDFFF) {
    errno = EILSEQ;
    return kInvalid;
  }
  if (code < 0x80) {
    bytes[0] = static_cast<char>(code);
    return 1;
  }
  if (code < 0x800) {
    bytes[0] = static_cast<char>(0xC0 | (code >> 6));
    bytes[1] = static_cast<char>(0x80 | (code & 0x3F));
    return 2;
  }
  bytes[0] = static_cast<char>(0xE0 | (code >> 12));
  bytes[1] = static_cast<char>(0x80 | ((code >> 6) & 0x3F));
  bytes[2] = static_cast<char>(0x80 | (code & 0x3F));
  return 3;
}

}  // extern "C"
