#include "diagnostic_printer.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

namespace scdash::cli {

void print_diagnostics(std::FILE* out, core::Diagnostics diagnostics) {
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
  for (std::size_t i = 0; i < diagnostics.size(); ++i) {
    const core::Diagnostic& diagnostic = diagnostics[i];
    if (i > 0 && diagnostic.location.file != diagnostics[i - 1].location.file) {
      fmt::print(out, "\n");
    }
    // The place comes first on every line, so that editors and terminals can jump to it.
    fmt::print(out, "{}\n", diagnostic.to_string());
    if (!diagnostic.hint.empty()) {
      fmt::print(out, "  hint: {}\n", diagnostic.hint);
    }
  }
}

}  // namespace scdash::cli
