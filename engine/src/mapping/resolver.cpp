#include "mapping/resolver.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "mapping/cell_reading.hpp"
#include "scdash/core/text.hpp"
#include "scdash/io/cell_text.hpp"
#include "scdash/mapping/glob.hpp"
#include "scdash/mapping/value_text.hpp"

namespace scdash::mapping {
namespace {

Unresolved missing(Dimension dimension) {
  return {fmt::format("{}-missing", dimension_name(dimension)),
          fmt::format("no {} where one belongs", dimension_name(dimension)),
          {},
          {}};
}

}  // namespace

std::string Unresolved::said(std::string_view consequence) const {
  return fmt::format("{}{}{}", message, consequence,
                     suggestion.empty() ? "" : fmt::format("; did you mean '{}'?", suggestion));
}

Resolver::Resolver(const Mapping& mapping, const core::AreaDirectory& areas)
    : areas_(areas), mapping_(mapping) {
  // An alias naming no known area was reported when the configuration was checked.
  for (const auto& [alias, meaning] : mapping.area_aliases) {
    if (const core::Area* area = areas.resolve(meaning.text)) {
      if (is_glob(alias)) {
        area_patterns_.emplace_back(alias, area);
      } else {
        extra_areas_.emplace(core::normalise_label(alias), area);
      }
    }
  }
  for (const auto& [label, meaning] : mapping.measures) {
    measures_.emplace(core::normalise_label(label),
                      MeasureLabel{meaning.text, label, meaning.line});
    measure_ids_.push_back(meaning.text);
  }
}

Resolution Resolver::resolve(Dimension dimension, const io::Cell& cell, bool rolling) const {
  if (is_blank(cell)) {
    return core::unexpected(missing(dimension));
  }
  if (dimension != Dimension::period) {
    return resolve_text(dimension, io::value_text(cell), rolling);
  }
  const auto period = period_of_cell(cell);
  if (!period) {
    return resolve_text(dimension, io::value_text(cell), rolling);  // reports it
  }
  return Resolved{{}, rolling ? core::Period::rolling_12_months(period->last) : *period, 0};
}

Resolution Resolver::resolve_text(Dimension dimension, std::string_view text, bool rolling) const {
  if (core::trim(text).empty()) {
    return core::unexpected(missing(dimension));
  }
  switch (dimension) {
    case Dimension::area:
      return area(text);
    case Dimension::measure:
      return measure(text);
    case Dimension::period:
      break;
  }
  const auto period = parse_period_text(text);
  if (!period) {
    return core::unexpected(Unresolved{
        "period-unknown",
        fmt::format("'{}' is not a period", core::trim(text)),
        "months are read as Apr-25, April 2025, 2025-04 or dates; quarters as Q2 2025/26 or "
        "Jul-Sep 25; financial years as 2025/26",
        {}});
  }
  return Resolved{{}, rolling ? core::Period::rolling_12_months(period->last) : *period, 0};
}

Resolution Resolver::resolve_column(Dimension dimension, const io::Cell& cell, bool rolling) const {
  if (dimension == Dimension::area && !is_blank(cell)) {
    return resolve_area_column_text(io::value_text(cell));
  }
  return resolve(dimension, cell, rolling);
}

Resolution Resolver::resolve_area_column_text(std::string_view text) const {
  if (!mapping_.table || core::trim(text).empty()) {
    return resolve_text(Dimension::area, text, false);
  }
  const AreaValues& values = mapping_.table->area_values;
  std::string area(core::trim(text));
  if (!values.pattern.text.empty()) {
    const auto kept = glob_capture(values.pattern.text, area);
    if (!kept) {
      return core::unexpected(
          Unresolved{"mapping-pattern-mismatch",
                     fmt::format("'{}' does not match the area column's pattern '{}'", area,
                                 values.pattern.text),
                     fmt::format("{}:{}:{} gives the pattern", mapping_.file, values.pattern.line,
                                 values.pattern.column),
                     {}});
    }
    area = *kept;
  }
  if (values.lookup && !values.lookup->rows) {
    return core::unexpected(
        Unresolved{"area-not-in-lookup",
                   fmt::format("'{}' cannot be looked up: the lookup {} could not be read", area,
                               values.lookup->file.text),
                   "the mapping's errors say why",
                   {}});
  }
  if (values.lookup) {
    const AreaLookup& lookup = *values.lookup;
    const auto found = lookup.rows->find(core::normalise_label(area));
    if (found == lookup.rows->end()) {
      return core::unexpected(Unresolved{
          "area-not-in-lookup",
          fmt::format("'{}' is not in the lookup {} (its column {})", area, lookup.file.text,
                      lookup.from),
          "is the lookup the one for this geography and year? ONS publishes one for each",
          {}});
    }
    area = found->second;
  }
  const auto outside = [&] {
    return core::unexpected(
        Unresolved{std::string(kAreaOutside),
                   fmt::format("'{}' is outside the partnership", area),
                   fmt::format("{}:{} says so under 'outside'", mapping_.file, values.outside_line),
                   {}});
  };
  if (std::any_of(values.outside.begin(), values.outside.end(), [&](const std::string& other) {
        return is_glob(other) ? glob_matches(other, area)
                              : core::normalise_label(other) == core::normalise_label(area);
      })) {
    return outside();
  }
  const Resolution resolved = resolve_text(Dimension::area, area, false);
  if (resolved || resolved.error().code != "area-unknown") {
    return resolved;
  }
  if (values.outside_unlisted) {
    return outside();
  }
  Unresolved problem = resolved.error();
  problem.hint += "; if it is outside the partnership, list it under the area column's 'outside'";
  return core::unexpected(std::move(problem));
}

Resolution Resolver::area(std::string_view text) const {
  const core::Area* found = areas_.resolve(text);
  if (found == nullptr) {
    const auto extra = extra_areas_.find(core::normalise_label(text));
    found = extra == extra_areas_.end() ? nullptr : extra->second;
  }
  if (found == nullptr) {
    const auto glob = std::find_if(
        area_patterns_.begin(), area_patterns_.end(),
        [&](const auto& alias) { return glob_matches(alias.first, core::trim(text)); });
    found = glob == area_patterns_.end() ? nullptr : glob->second;
  }
  if (found == nullptr) {
    return core::unexpected(Unresolved{
        "area-unknown", fmt::format("unknown area '{}'", core::trim(text)),
        "add the name to the area's aliases in mappings/reference/areas.yaml, or to this "
        "mapping's 'area_aliases'",
        areas_.suggest(text)});
  }
  return Resolved{found->code, {}, 0};
}

Resolution Resolver::measure(std::string_view text) const {
  const std::string key = core::normalise_label(text);
  if (const auto found = measures_.find(key); found != measures_.end()) {
    return Resolved{found->second.id, {}, found->second.line};
  }
  // A return may name measures by their ids: any id when the mapping lists no labels.
  const std::string id(core::trim(text));
  if ((measures_.empty() && is_measure_id(id)) ||
      std::find(measure_ids_.begin(), measure_ids_.end(), id) != measure_ids_.end()) {
    return Resolved{id, {}, 0};
  }
  std::vector<std::string> keys;
  for (const auto& [label_key, label] : measures_) {
    keys.push_back(label_key);
  }
  const std::string nearest = core::closest_match(key, keys);
  return core::unexpected(
      Unresolved{"measure-unknown", fmt::format("unknown measure '{}'", id),
                 fmt::format("add a line '\"{}\": measure.id' to the mapping's 'measures'", id),
                 nearest.empty() ? nearest : measures_.at(nearest).label});
}

}  // namespace scdash::mapping
