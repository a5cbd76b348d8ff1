#include "scdash/core/diagnostic.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace scdash::core {

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::info:
      return "info";
  }
  return "error";
}

std::string Location::to_string() const {
  if (line > 0) {
    return column > 0 ? fmt::format("{}:{}:{}", file, line, column)
                      : fmt::format("{}:{}", file, line);
  }
  if (cell) {
    return fmt::format("{}!{}!{}", file, sheet, to_a1(*cell));
  }
  if (!sheet.empty()) {
    return fmt::format("{}!{}", file, sheet);
  }
  return file;
}

std::string Diagnostic::to_string() const {
  const std::string place = location.to_string();
  return fmt::format("{}{}{}: {} [{}]", place, place.empty() ? "" : ": ", severity_name(severity),
                     message, code);
}

bool has_errors(const Diagnostics& diagnostics) {
  return count_errors(diagnostics) > 0;
}

std::size_t count_errors(const Diagnostics& diagnostics) {
  return static_cast<std::size_t>(
      std::count_if(diagnostics.begin(), diagnostics.end(),
                    [](const Diagnostic& d) { return d.severity == Severity::error; }));
}

std::size_t count_unreadable(const Diagnostics& diagnostics) {
  return static_cast<std::size_t>(
      std::count_if(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) {
        return d.severity == Severity::error && d.code.ends_with("-unreadable");
      }));
}

}  // namespace scdash::core
