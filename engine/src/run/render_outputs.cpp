#include "run/render_outputs.hpp"

#include <optional>

#include "scdash/kpi/suppression.hpp"
#include "scdash/render/board_report.hpp"
#include "scdash/render/dashboard_workbook.hpp"
#include "scdash/render/narrative.hpp"
#include "scdash/render/report_json.hpp"

namespace scdash::run {
namespace {

// Where one copy's outputs go: the internal copy's, or the published copy's.
struct CopyPaths {
  std::filesystem::path dashboard;
  std::filesystem::path board_report;  // empty: no draft
  std::filesystem::path pdf;           // empty: not printed
};

class Renderer {
 public:
  Renderer(const OutputPaths& paths, const RunRequest& request, RunResult& result)
      : paths_(paths), request_(request), result_(result) {}

  void render() {
    render::RenderOptions options;
    options.stamp = request_.stamp;
    std::optional<std::vector<kpi::SuppressionDecision>> withheld;
    if (!paths_.published.empty()) {
      withheld = kpi::decide_suppression(result_.model, *result_.configuration.catalogue);
      options.suppression_log = withheld;
    }
    const CopyPaths internal{paths_.dashboard, paths_.board_report, paths_.pdf};
    if (!render_copy(result_.model, internal, options, true) || !withheld) {
      return;
    }
    render::RenderOptions published;
    published.stamp = request_.stamp;
    published.published = true;
    const CopyPaths copy{paths_.published, published_path(paths_.board_report),
                         published_path(paths_.pdf)};
    render_copy(kpi::withhold(result_.model, *withheld), copy, published, false);
  }

 private:
  // The workbook, then (internal copy only) report.json, then the board report and the PDF;
  // false when the workbook library failed.
  bool render_copy(const kpi::DashboardModel& model, const CopyPaths& paths,
                   const render::RenderOptions& options, bool with_report) {
    const Configuration& configuration = result_.configuration;
    const auto workbook =
        render::render_dashboard_workbook(model, result_.record, configuration.layout, options);
    if (!workbook) {
      return fail(workbook.error());
    }
    result_.outputs.push_back({paths.dashboard, *workbook});
    std::optional<render::Narrative> narrative;
    if (!paths.board_report.empty()) {
      narrative = render::draft_narrative(model, configuration.narrative, configuration.layout);
    }
    if (with_report) {
      result_.outputs.push_back(
          {paths_.report,
           render::render_report_json(model, result_.record, result_.read.observations,
                                      narrative ? &*narrative : nullptr)});
    }
    if (narrative && !render_board_report(*narrative, paths.board_report)) {
      return false;
    }
    if (!paths.pdf.empty()) {
      print(model, paths.pdf, options);
    }
    return true;
  }

  bool render_board_report(const render::Narrative& narrative, const std::filesystem::path& path) {
    const auto docx = render::render_board_report_docx(
        narrative, request_.stamp.value_or(render::document_time(result_.model.quarter)));
    if (!docx) {
      return fail(docx.error());
    }
    result_.outputs.push_back({path, *docx});
    result_.outputs.push_back({std::filesystem::path(path).replace_extension(".md"),
                               render::render_board_report_markdown(narrative)});
    return true;
  }

  void print(const kpi::DashboardModel& model, const std::filesystem::path& path,
             render::RenderOptions options) {
    options.for_print = true;
    options.suppression_log.reset();
    const auto printable = render::render_dashboard_workbook(model, result_.record,
                                                             result_.configuration.layout, options);
    const auto pdf =
        !printable ? core::unexpected(printable.error())
        : paths_.print_pdf
            ? paths_.print_pdf(*printable, result_.configuration.layout.publication.language)
            : core::unexpected<std::string>("no PDF printer is given");
    if (pdf) {
      result_.outputs.push_back({path, *pdf});
    } else if (result_.pdf_failure.empty()) {
      result_.pdf_failure = pdf.error();
    }
  }

  bool fail(const std::string& failure) {
    result_.stop = Stop::rendering_failed;
    result_.failure = failure;
    return false;
  }

  const OutputPaths& paths_;
  const RunRequest& request_;
  RunResult& result_;
};

}  // namespace

void render_outputs(const OutputPaths& paths, const RunRequest& request, RunResult& result) {
  Renderer(paths, request, result).render();
}

}  // namespace scdash::run
