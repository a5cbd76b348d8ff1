#include "mapping/dimensions.hpp"

#include <fmt/format.h>

#include "mapping/cell_reading.hpp"
#include "scdash/io/cell_text.hpp"
#include "scdash/mapping/glob.hpp"

namespace scdash::mapping {
namespace {

std::string last_part(const std::string& display_name) {
  const auto slash = display_name.find_last_of("/\\");
  return slash == std::string::npos ? display_name : display_name.substr(slash + 1);
}

}  // namespace

std::optional<Resolved>& Dimensions::of(Dimension dimension) {
  switch (dimension) {
    case Dimension::measure:
      return measure;
    case Dimension::area:
      return area;
    case Dimension::period:
      break;
  }
  return period;
}

const std::optional<Resolved>& Dimensions::of(Dimension dimension) const {
  return const_cast<Dimensions&>(*this).of(dimension);
}

FigureKey figure_key(const Dimensions& from_table, const Dimensions& fixed, int fallback_line) {
  auto pick = [&](Dimension dimension) -> const Resolved& {
    const auto& own = from_table.of(dimension);
    return own ? *own : *fixed.of(dimension);
  };
  const Resolved& measure = pick(Dimension::measure);
  return {measure.id, pick(Dimension::area).id, pick(Dimension::period).period,
          measure.line != 0 ? measure.line : fallback_line};
}

std::optional<Resolved> resolve_source(const DimensionSource& source, Dimension dimension,
                                       bool rolling, const Resolver& resolver,
                                       const SheetContext& context, FigureSink& sink,
                                       bool& failed) {
  const std::string name(dimension_name(dimension));
  const std::string place = sink.mapping_place(source.text);
  auto fail = [&](core::Location where, const Unresolved& problem) {
    sink.note(core::Diagnostic::error(
        problem.code,
        problem.said(
            fmt::format(", so none of the sheet's figures that need this {} are used", name)),
        std::move(where),
        problem.hint.empty()
            ? fmt::format("{} says where the {} is", place, name)
            : fmt::format("{}; {} says where the {} is", problem.hint, place, name)));
    failed = true;
    return std::nullopt;
  };
  std::string text;
  core::Location where =
      core::Location::at_text(sink.mapping().file, source.text.line, source.text.column);
  const io::Cell* cell = nullptr;
  switch (source.kind) {
    case DimensionSource::Kind::none:
      return std::nullopt;
    case DimensionSource::Kind::constant:
      text = source.text.text;
      break;
    case DimensionSource::Kind::cell:
      where = sink.at(source.cell);
      cell = context.cell(source.cell);
      if (cell == nullptr) {
        return fail(where, Unresolved{fmt::format("{}-missing", name),
                                      fmt::format("{} is empty, but the {} is read from it",
                                                  core::to_a1(source.cell), name),
                                      {},
                                      {}});
      }
      text = io::value_text(*cell);
      break;
    case DimensionSource::Kind::sheet_name:
      where = core::Location::in_sheet(sink.file(), sink.sheet());
      text = sink.sheet();
      break;
    case DimensionSource::Kind::file_name:
      where = core::Location::in_file(sink.file());
      text = last_part(sink.file());
      break;
  }
  if (!source.pattern.empty()) {
    const auto kept = glob_capture(source.pattern, text);
    if (!kept) {
      return fail(where, Unresolved{"mapping-pattern-mismatch",
                                    fmt::format("'{}' does not match the pattern '{}'", text,
                                                source.pattern),
                                    {},
                                    {}});
    }
    text = *kept;
    cell = nullptr;  // the kept part is text, even when the cell held a date
  }
  const Resolution resolution = cell ? resolver.resolve(dimension, *cell, rolling)
                                     : resolver.resolve_text(dimension, text, rolling);
  if (!resolution) {
    return fail(where, resolution.error());
  }
  Resolved resolved = *resolution;
  if (resolved.line == 0) {
    resolved.line = source.text.line;
  }
  return resolved;
}

Dimensions resolve_fixed_dimensions(const Resolver& resolver, const SheetContext& context,
                                    FigureSink& sink) {
  Dimensions fixed;
  const Mapping& mapping = sink.mapping();
  for (const Dimension dimension : {Dimension::measure, Dimension::area, Dimension::period}) {
    fixed.of(dimension) =
        resolve_source(mapping.source_of(dimension), dimension, mapping.rolling_12_months, resolver,
                       context, sink, fixed.failed);
  }
  return fixed;
}

}  // namespace scdash::mapping
