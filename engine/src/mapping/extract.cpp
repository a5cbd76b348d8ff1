// Extraction: for each sheet the mapping reads, a short first pass for the fingerprint and
// the cells read before the figures, then the table streamed through its shape's reader (or
// the form's cells read from the first pass).
#include "scdash/mapping/extract.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "mapping/dimensions.hpp"
#include "mapping/figure_sink.hpp"
#include "mapping/resolver.hpp"
#include "mapping/shape_readers.hpp"
#include "mapping/sheet_context.hpp"
#include "mapping/sheet_selection.hpp"
#include "mapping/table_scanner.hpp"

namespace scdash::mapping {
namespace {

std::unique_ptr<ShapeReader> make_reader(const Table& table, const Resolver& resolver,
                                         const Dimensions& fixed, FigureSink& sink) {
  switch (table.shape) {
    case Shape::wide:
      return make_wide_reader(table, resolver, fixed, sink);
    case Shape::long_rows:
      return make_long_reader(table, resolver, fixed, sink);
    case Shape::records:
      break;
  }
  return make_records_reader(table, resolver, fixed, sink);
}

void read_table(const Table& table, io::Workbook& workbook, std::size_t sheet,
                const Resolver& resolver, const Dimensions& fixed, FigureSink& sink,
                Extraction& out) {
  const auto reader = make_reader(table, resolver, fixed, sink);
  TableScanner scanner(table, sink, *reader);
  std::uint32_t rows_seen = 0;
  const auto status = workbook.read_sheet(sheet, [&](const io::Row& row) {
    rows_seen = row.index + 1;
    return scanner.on_row(row);
  });
  if (!status) {
    out.diagnostics.push_back(status.error());
    return;
  }
  scanner.finish(rows_seen);
}

void read_sheet(const Mapping& mapping, io::Workbook& workbook, std::size_t sheet,
                const std::string& display_name, const Resolver& resolver, Extraction& out) {
  FigureSink sink(mapping, display_name, workbook.sheets()[sheet].name, out);
  SheetContext context;
  if (needs_context(mapping)) {
    auto read = read_sheet_context(workbook, sheet, context_rows(mapping), mapping.fingerprint);
    if (!read) {
      out.diagnostics.push_back(read.error());
      return;
    }
    context = std::move(*read);
  }
  if (!context.missing_fingerprint.empty()) {
    out.diagnostics.push_back(core::Diagnostic::error(
        "mapping-fingerprint-missing",
        fmt::format("the first {} rows do not contain '{}', so this is not the layout that {} "
                    "reads; nothing is read from it",
                    kFingerprintRows, fmt::join(context.missing_fingerprint, "', '"), mapping.file),
        core::Location::in_sheet(display_name, sink.sheet()),
        "if the partner changed its title, change the mapping's 'fingerprint'"));
    return;
  }
  const Dimensions fixed = resolve_fixed_dimensions(resolver, context, sink);
  if (!mapping.table) {
    read_form(resolver, context, fixed, sink);
    return;
  }
  if (fixed.failed) {
    sink.block();
  }
  read_table(*mapping.table, workbook, sheet, resolver, fixed, sink, out);
}

// Each sheet the mapping does not read, so that a table a partner added on a sheet of its own
// is seen, not silently passed over.
void report_sheets_not_read(const Mapping& mapping, const io::Workbook& workbook,
                            const std::string& display_name, const std::vector<std::size_t>& chosen,
                            core::Diagnostics& diagnostics) {
  if (chosen.empty()) {
    return;  // select_sheets has said that none fits, and named those there are
  }
  const auto& sheets = workbook.sheets();
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    const auto reported_hidden = [&](const core::Diagnostic& diagnostic) {
      return diagnostic.code == "mapping-sheet-hidden" &&
             diagnostic.location.sheet == sheets[i].name;
    };
    if (std::find(chosen.begin(), chosen.end(), i) != chosen.end() ||
        std::any_of(diagnostics.begin(), diagnostics.end(), reported_hidden)) {
      continue;
    }
    const bool hidden = sheets[i].visibility != io::SheetVisibility::visible;
    diagnostics.push_back(core::Diagnostic::info(
        "mapping-sheet-not-read",
        fmt::format("{}sheet is not read: {} reads {}", hidden ? "the hidden " : "the ",
                    mapping.file,
                    chosen.size() == 1 ? fmt::format("'{}' only", sheets[chosen[0]].name)
                                       : fmt::format("{} other sheets", chosen.size())),
        core::Location::in_sheet(display_name, sheets[i].name),
        "if its figures belong on the dashboard, its mapping's 'sheet' must name it (a pattern "
        "reads every sheet of one layout)"));
  }
}

}  // namespace

Extraction extract(const Mapping& mapping, io::Workbook& workbook, const std::string& display_name,
                   const core::AreaDirectory& areas) {
  Extraction out;
  const Resolver resolver(mapping, areas);
  const std::vector<std::size_t> chosen =
      select_sheets(mapping, workbook, display_name, out.diagnostics);
  for (const std::size_t sheet : chosen) {
    read_sheet(mapping, workbook, sheet, display_name, resolver, out);
  }
  report_sheets_not_read(mapping, workbook, display_name, chosen, out.diagnostics);
  return out;
}

}  // namespace scdash::mapping
