#include "scdash/core/cell_ref.hpp"

#include <cctype>

namespace scdash::core {

std::string column_name(std::uint32_t column) {
  std::string name;
  // Bijective base 26: there is no zero digit, so "Z" is followed by "AA".
  for (std::uint64_t n = std::uint64_t{column} + 1; n > 0; n = (n - 1) / 26) {
    name.insert(name.begin(), static_cast<char>('A' + (n - 1) % 26));
  }
  return name;
}

std::string to_a1(CellRef ref) {
  return column_name(ref.column) + std::to_string(ref.row + 1);
}

std::optional<std::uint32_t> parse_column_name(std::string_view text) {
  if (text.empty() || text.size() > 3) {
    return std::nullopt;
  }
  std::uint32_t value = 0;
  for (char c : text) {
    const char upper = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (upper < 'A' || upper > 'Z') {
      return std::nullopt;
    }
    value = value * 26 + static_cast<std::uint32_t>(upper - 'A' + 1);
  }
  if (value > kMaxColumns) {
    return std::nullopt;
  }
  return value - 1;
}

std::optional<CellRef> parse_a1(std::string_view text) {
  std::size_t i = 0;
  if (i < text.size() && text[i] == '$') {
    ++i;
  }
  const std::size_t letters_begin = i;
  while (i < text.size() && std::isalpha(static_cast<unsigned char>(text[i]))) {
    ++i;
  }
  const auto column = parse_column_name(text.substr(letters_begin, i - letters_begin));
  if (!column) {
    return std::nullopt;
  }
  if (i < text.size() && text[i] == '$') {
    ++i;
  }
  if (i == text.size() || text.size() - i > 7) {
    return std::nullopt;
  }
  std::uint32_t row = 0;
  for (; i < text.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) {
      return std::nullopt;
    }
    row = row * 10 + static_cast<std::uint32_t>(text[i] - '0');
  }
  if (row == 0 || row > kMaxRows) {
    return std::nullopt;
  }
  return CellRef{row - 1, *column};
}

}  // namespace scdash::core
