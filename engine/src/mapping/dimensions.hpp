// Dimensions: a figure's measure, area and period as they are resolved, some once for a whole
// sheet (a constant in the mapping, a cell elsewhere on the sheet, the sheet's name or the
// file's name), the others from the table (a row label, a heading, a column's value).
#pragma once

#include <optional>

#include "mapping/figure_sink.hpp"
#include "mapping/resolver.hpp"
#include "mapping/sheet_context.hpp"

namespace scdash::mapping {

struct Dimensions {
  std::optional<Resolved> measure;
  std::optional<Resolved> area;
  std::optional<Resolved> period;
  bool failed = false;  // a source was given but could not be resolved (reported)

  std::optional<Resolved>& of(Dimension dimension);
  const std::optional<Resolved>& of(Dimension dimension) const;
};

// The figure's key: each dimension read from the table, or else the sheet's fixed one. The
// mapping line is the one that named the measure, or `fallback_line`.
FigureKey figure_key(const Dimensions& from_table, const Dimensions& fixed, int fallback_line);

// Resolves `source` for this sheet; nullopt when it is not given, or, with an error in `sink`
// at the cell or the mapping line, when it cannot be resolved (then `failed` is set).
std::optional<Resolved> resolve_source(const DimensionSource& source, Dimension dimension,
                                       bool rolling, const Resolver& resolver,
                                       const SheetContext& context, FigureSink& sink, bool& failed);

// The mapping's own measure, area and period, resolved for this sheet.
Dimensions resolve_fixed_dimensions(const Resolver& resolver, const SheetContext& context,
                                    FigureSink& sink);

}  // namespace scdash::mapping
