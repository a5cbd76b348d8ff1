#include "run/output_paths.hpp"

#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>

namespace scdash::run {
namespace {

struct NamedPath {
  std::string_view what;  // "the dashboard", "the returns folder"
  std::filesystem::path path;
  std::filesystem::path resolved;
};

}  // namespace

std::filesystem::path published_path(const std::filesystem::path& output) {
  if (output.empty()) {
    return {};
  }
  std::filesystem::path published = output;
  return published.replace_filename(output.stem().string() + "-published" +
                                    output.extension().string());
}

core::Diagnostics check_output_paths(core::FileSystem& file_system, const RunRequest& request) {
  core::Diagnostics found;
  if (!request.outputs) {
    return found;
  }
  const auto named = [&](std::string_view what, const std::filesystem::path& path) {
    return NamedPath{what, path, file_system.resolve(path)};
  };
  std::vector<NamedPath> outputs{named("the dashboard", request.outputs->dashboard),
                                 named("report.json", request.outputs->report)};
  if (!request.outputs->pdf.empty()) {
    outputs.push_back(named("the PDF", request.outputs->pdf));
  }
  if (!request.outputs->board_report.empty()) {
    outputs.push_back(named("the board report", request.outputs->board_report));
    outputs.push_back(
        named("the board report's Markdown", request.outputs->board_report_markdown()));
  }
  if (const auto& published = request.outputs->published; !published.empty()) {
    outputs.push_back(named("the published copy", published));
    const auto& asked = *request.outputs;
    if (!asked.board_report.empty()) {
      outputs.push_back(named("the published board report", published_path(asked.board_report)));
      outputs.push_back(named("the published board report's Markdown",
                              published_path(asked.board_report_markdown())));
    }
    if (!asked.pdf.empty()) {
      outputs.push_back(named("the published PDF", published_path(asked.pdf)));
    }
  }
  const NamedPath inputs[] = {
      named("the returns folder", request.returns),
      named("the mappings folder", request.configuration.mappings),
      named("the template folder", request.configuration.dashboard_template)};
  for (auto output = outputs.begin(); output != outputs.end(); ++output) {
    const auto where = core::Location::in_file(output->path.generic_string());
    for (const NamedPath& input : inputs) {
      if (!input.path.empty() && core::lies_within(input.resolved, output->resolved)) {
        found.push_back(core::Diagnostic::error(
            "output-over-input",
            fmt::format("{} would be written inside {} '{}', over the files scdash reads",
                        output->what, input.what, input.path.generic_string()),
            where, "write the outputs to a folder of their own, e.g. --out out/dashboard.xlsx"));
      }
    }
    for (auto other = outputs.begin(); other != output; ++other) {
      if (other->resolved == output->resolved) {
        found.push_back(core::Diagnostic::error(
            "outputs-same-path",
            fmt::format("{} and {} are both to be written here, so one would replace the other",
                        other->what, output->what),
            where, "give each output its own path"));
      }
    }
  }
  return found;
}

}  // namespace scdash::run
