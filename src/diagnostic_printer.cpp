#include "diagnostic_printer.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace scdash::cli {

void print_diagnostics(std::FILE* out, core::Diagnostics diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [](const core::Diagnostic& a, const core::Diagnostic& b) {
                     if (a.location.file != b.location.file) {
                       return a.location.file < b.location.file;
                     }
                     return a.severity < b.severity;  // error, then warning, then info
                   });
  for (const auto& diagnostic : diagnostics) {
    fmt::print(out, "{}\n", diagnostic.to_string());
    if (!diagnostic.hint.empty()) {
      fmt::print(out, "  hint: {}\n", diagnostic.hint);
    }
  }
}

}  // namespace scdash::cli
