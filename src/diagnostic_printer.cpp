#include "diagnostic_printer.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "scdash/platform/terminal.hpp"
#include "terminal_text.hpp"

namespace scdash::cli {
namespace {

// The escape sequence that colours a severity word as compilers do.
std::string_view colour_of(core::Severity severity) {
  switch (severity) {
    case core::Severity::error:
      return "\x1b[1;31m";  // bold red
    case core::Severity::warning:
      return "\x1b[1;35m";  // bold magenta
    case core::Severity::info:
      return "\x1b[1;36m";  // bold cyan
  }
  return "";
}

// "place: severity: message [code]", as Diagnostic::to_string() writes it, with the severity
// word in colour.
// Partner text in it is shown escaped, so that the colours and the line are only scdash's own.
std::string coloured_line(const core::Diagnostic& diagnostic) {
  const std::string place = terminal_safe(diagnostic.location.to_string());
  return fmt::format("{}{}{}{}\x1b[0m: {} [{}]", place, place.empty() ? "" : ": ",
                     colour_of(diagnostic.severity), core::severity_name(diagnostic.severity),
                     terminal_safe(diagnostic.message), diagnostic.code);
}

}  // namespace

void print_diagnostics(std::FILE* out, core::Diagnostics diagnostics, core::Severity least) {
  const auto hidden = std::stable_partition(
      diagnostics.begin(), diagnostics.end(),
      [least](const core::Diagnostic& diagnostic) { return diagnostic.severity <= least; });
  const auto hidden_count = static_cast<std::size_t>(diagnostics.end() - hidden);
  diagnostics.erase(hidden, diagnostics.end());
  // The most severe diagnostic of each file puts the file's group in order: files with errors
  // first, then files with warnings only, each group in name order.
  std::map<std::string, core::Severity> worst;
  for (const auto& diagnostic : diagnostics) {
    const auto [it, inserted] = worst.emplace(diagnostic.location.file, diagnostic.severity);
    it->second = std::min(it->second, diagnostic.severity);
  }
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [&](const core::Diagnostic& a, const core::Diagnostic& b) {
                     const std::string& file_a = a.location.file;
                     const std::string& file_b = b.location.file;
                     if (file_a != file_b) {
                       const core::Severity worst_a = worst.at(file_a);
                       const core::Severity worst_b = worst.at(file_b);
                       return worst_a != worst_b ? worst_a < worst_b : file_a < file_b;
                     }
                     return a.severity < b.severity;  // error, then warning, then info
                   });
  const bool colour = platform::colour_allowed(out);
  for (std::size_t i = 0; i < diagnostics.size(); ++i) {
    const core::Diagnostic& diagnostic = diagnostics[i];
    if (i > 0 && diagnostic.location.file != diagnostics[i - 1].location.file) {
      fmt::print(out, "\n");
    }
    // The place comes first on every line, so that editors and terminals can jump to it.
    fmt::print(out, "{}\n",
               colour ? coloured_line(diagnostic) : terminal_safe(diagnostic.to_string()));
    if (!diagnostic.hint.empty()) {
      fmt::print(out, "  hint: {}\n", terminal_safe(diagnostic.hint));
    }
  }
  if (least == core::Severity::warning && hidden_count > 0) {
    fmt::print(out, "{}scdash: {} info(s) not shown; --verbose lists them\n",
               diagnostics.empty() ? "" : "\n", hidden_count);
  }
}

}  // namespace scdash::cli
