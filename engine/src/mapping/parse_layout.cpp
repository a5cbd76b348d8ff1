// Reading where the figures are: a table (wide, long or records, with its conditions and
// figure rules) or a form's cells, and checking that every figure's dimensions are given.
#include <algorithm>

#include <fmt/format.h>

#include "mapping/parse_parts.hpp"
#include "scdash/core/cell_ref.hpp"

namespace scdash::mapping::parse {
namespace {

Condition condition(core::YamlChecker& yaml, const YAML::Node& node) {
  Condition condition;
  condition.line = node.Mark().line + 1;
  if (!yaml.check_keys(node, "a condition",
                       {"column", "in", "not_in", "equals", "matches", "not_matches"})) {
    return condition;
  }
  if (const auto column = yaml.require(node, "column")) {
    condition.column = column_ref(yaml, *column, "column");
  }
  int tests = 0;
  for (const auto& [key, test] :
       {std::pair{"in", Condition::Test::in}, std::pair{"not_in", Condition::Test::not_in},
        std::pair{"equals", Condition::Test::equals},
        std::pair{"matches", Condition::Test::matches},
        std::pair{"not_matches", Condition::Test::not_matches}}) {
    const YAML::Node values = node[key];
    if (!values) {
      continue;
    }
    ++tests;
    condition.test = test;
    const bool single = test != Condition::Test::in && test != Condition::Test::not_in;
    if (single) {
      if (const auto text = yaml.scalar(values, fmt::format("'{}'", key))) {
        condition.values = {*text};
      }
    } else {
      condition.values = texts(yaml, values, fmt::format("'{}'", key));
    }
  }
  // With no test but an unknown key, the misspelt key has been reported: one report is enough.
  const std::size_t known_keys = (node["column"] ? 1 : 0) + static_cast<std::size_t>(tests);
  if (tests > 1 || (tests == 0 && node.size() == known_keys)) {
    yaml.error(node, "bad-condition",
               "a condition needs exactly one test: in, not_in, equals, matches or not_matches",
               "e.g. {column: Domestic, equals: Y} or {column: Crime group, in: [Robbery, "
               "Burglary]}");
  }
  return condition;
}

FigureRule figure_rule(core::YamlChecker& yaml, const YAML::Node& node) {
  FigureRule rule;
  rule.line = node.Mark().line + 1;
  if (!yaml.check_keys(node, "a figure", {"measure", "measure_column", "sum", "where"})) {
    return rule;
  }
  if (node["measure"].IsDefined() == node["measure_column"].IsDefined()) {
    yaml.error(node, "bad-figure", "a figure needs either 'measure' or 'measure_column'",
               "e.g. {measure: crime.vwi, where: {column: Crime group, equals: Violence with "
               "injury}}");
  }
  if (node["measure"]) {
    if (const auto measure = yaml.string(node, "measure")) {
      rule.measure = sourced(node["measure"], *measure);
      if (!is_measure_id(*measure)) {
        yaml.error(node["measure"], "bad-measure-id",
                   fmt::format("'{}' is not a measure id", *measure),
                   "a measure id is lower-case words joined by dots, such as crime.total");
      }
    }
  }
  if (node["measure_column"]) {
    rule.measure_column = column_ref(yaml, node["measure_column"], "measure_column");
  }
  if (node["sum"]) {
    rule.sum = column_ref(yaml, node["sum"], "sum");
  }
  if (node["where"]) {
    rule.where = conditions(yaml, node["where"]);
  }
  return rule;
}

// Which shapes each table key belongs to, for a precise message when one is misplaced.
struct ShapeKey {
  std::string_view key;
  std::vector<Shape> shapes;
};

const std::vector<ShapeKey>& shape_keys() {
  static const std::vector<ShapeKey> keys = {
      {"across", {Shape::wide}},
      {"value_column", {Shape::long_rows}},
      {"measure_column", {Shape::wide, Shape::long_rows}},
      {"where", {Shape::long_rows, Shape::records}},
      {"figures", {Shape::records}},
  };
  return keys;
}

void check_keys_fit_shape(core::YamlChecker& yaml, const YAML::Node& node, Shape shape) {
  for (const auto& [key, shapes] : shape_keys()) {
    if (!node[std::string(key)] || std::find(shapes.begin(), shapes.end(), shape) != shapes.end()) {
      continue;
    }
    std::vector<std::string_view> names;
    for (Shape s : shapes) {
      names.push_back(shape_name(s));
    }
    yaml.error(node[std::string(key)], "key-not-for-shape",
               fmt::format("'{}' is not used by a {} table", key, shape_name(shape)),
               fmt::format("'{}' belongs to {} tables", key, fmt::join(names, " and ")));
  }
}

}  // namespace

std::vector<Condition> conditions(core::YamlChecker& yaml, const YAML::Node& node) {
  std::vector<Condition> result;
  if (node.IsSequence()) {
    for (const auto& item : node) {
      result.push_back(condition(yaml, item));
    }
  } else {
    result.push_back(condition(yaml, node));
  }
  return result;
}

Table table(core::YamlChecker& yaml, const YAML::Node& node) {
  Table table;
  table.line = node.Mark().line + 1;
  if (!yaml.check_keys(
          node, "table",
          {"shape", "find_header", "within_rows", "area_column", "period_column", "measure_column",
           "value_column", "across", "stop_at", "where", "figures"})) {
    return table;
  }
  const auto shape = yaml.choice<Shape>(
      node, "shape",
      {{"wide", Shape::wide}, {"long", Shape::long_rows}, {"records", Shape::records}});
  table.shape = shape.value_or(Shape::wide);
  if (shape) {
    check_keys_fit_shape(yaml, node, table.shape);
  }
  if (node["find_header"]) {
    if (const auto label = yaml.string(node, "find_header")) {
      table.header_label = sourced(node["find_header"], *label);
    }
  }
  if (node["within_rows"]) {
    const auto rows = yaml.integer(node, "within_rows");
    if (rows && *rows < 1) {
      yaml.error(node["within_rows"], "out-of-range", "'within_rows' must be at least 1");
    }
    table.search_rows = rows.value_or(table.search_rows);
  }
  for (const auto& [key, column] : {std::pair{"area_column", &table.area_column},
                                    std::pair{"period_column", &table.period_column},
                                    std::pair{"measure_column", &table.measure_column},
                                    std::pair{"value_column", &table.value_column}}) {
    if (node[key]) {
      *column = column_ref(yaml, node[key], key);
    }
  }
  if (node["area_column"]) {
    table.area_values = area_values(yaml, node["area_column"]);
  }
  if (node["across"]) {
    table.across = yaml.choice<Dimension>(node, "across",
                                          {{"periods", Dimension::period},
                                           {"areas", Dimension::area},
                                           {"measures", Dimension::measure}})
                       .value_or(Dimension::period);
  }
  if (node["stop_at"]) {
    table.stop_labels = texts(yaml, node["stop_at"], "'stop_at'");
  }
  if (node["where"]) {
    table.where = conditions(yaml, node["where"]);
  }
  if (node["figures"]) {
    if (const auto list = yaml.sequence(node, "figures")) {
      for (const auto& item : *list) {
        table.figures.push_back(figure_rule(yaml, item));
      }
    }
  }
  if (table.shape == Shape::long_rows && !table.value_column.given() && !node["value_column"]) {
    yaml.error(node, "missing-key", "a long table needs 'value_column', the column of figures");
  }
  if (table.shape == Shape::records && table.figures.empty() && !node["figures"]) {
    yaml.error(node, "missing-key",
               "a records table needs 'figures', the measures each row counts towards",
               "e.g. figures: [{measure: crime.total}]");
  }
  return table;
}

std::vector<FormCell> form_cells(core::YamlChecker& yaml, const YAML::Node& node) {
  std::vector<FormCell> cells;
  if (!node.IsSequence()) {
    yaml.error(node, "wrong-type", "'cells' must be a list (lines starting with '- ')",
               "e.g. cells: [{cell: C7, measure: marac.cases}]");
    return cells;
  }
  for (const auto& item : node) {
    if (!yaml.check_keys(item, "a form cell",
                         {"cell", "measure", "area", "period", "label", "rolling_12_months"})) {
      continue;
    }
    FormCell cell;
    if (const auto address = yaml.string(item, "cell")) {
      cell.address = sourced(item["cell"], *address);
      if (const auto parsed = core::parse_a1(*address)) {
        cell.cell = *parsed;
      } else {
        yaml.error(item["cell"], "bad-cell", fmt::format("'{}' is not a cell address", *address),
                   "write it as Excel does, such as C7");
      }
    }
    for (const auto& [dimension, source] :
         {std::pair{Dimension::measure, &cell.measure}, std::pair{Dimension::area, &cell.area},
          std::pair{Dimension::period, &cell.period}}) {
      if (const YAML::Node value = item[std::string(dimension_name(dimension))]) {
        *source = dimension_source(yaml, value, dimension);
      }
    }
    if (item["label"]) {
      if (const auto label = yaml.string(item, "label")) {
        cell.label = sourced(item["label"], *label);
      }
    }
    cell.rolling_12_months = boolean(yaml, item, "rolling_12_months");
    cells.push_back(std::move(cell));
  }
  return cells;
}

void check_dimensions(core::YamlChecker& yaml, const YAML::Node& root, const Mapping& mapping) {
  constexpr Dimension kAll[] = {Dimension::measure, Dimension::area, Dimension::period};
  if (!mapping.table) {
    const YAML::Node list = root["cells"];
    for (std::size_t i = 0; i < mapping.cells.size(); ++i) {
      const FormCell& cell = mapping.cells[i];
      for (Dimension dimension : kAll) {
        const DimensionSource& own = dimension == Dimension::measure ? cell.measure
                                     : dimension == Dimension::area  ? cell.area
                                                                     : cell.period;
        if (!own.given() && !mapping.source_of(dimension).given()) {
          yaml.error(
              list[i], "missing-dimension",
              fmt::format("{} has no {}: give it '{}' here or in the mapping", cell.address.text,
                          dimension_name(dimension), dimension_name(dimension)));
        }
      }
    }
    return;
  }
  const Table& table = *mapping.table;
  const YAML::Node table_node = root["table"];
  if (table.shape == Shape::wide) {
    int down = 0;
    for (Dimension dimension : kAll) {
      down += table.column_of(dimension).given() ? 1 : 0;
    }
    if (down != 1) {
      yaml.error(table_node, "bad-wide-table",
                 down == 0 ? "a wide table needs the column its row labels are in"
                           : "a wide table has one column of row labels, so give only one of "
                             "area_column, period_column and measure_column",
                 "area_column: areas down the rows; period_column: months down the rows; "
                 "measure_column: measures down the rows");
      return;
    }
    if (table.column_of(table.across).given()) {
      yaml.error(table_node["across"] ? table_node["across"] : table_node, "bad-wide-table",
                 fmt::format("the {0}s cannot be both down the rows ({0}_column) and across",
                             dimension_name(table.across)),
                 "'across' says what the headings of the figure columns are: periods (the "
                 "default), areas or measures");
      return;
    }
  }
  if (table.shape == Shape::records && mapping.measure.given()) {
    yaml.error(root["measure"], "measure-in-figures",
               "a records table names its measures in its 'figures', not in 'measure'",
               "move it into the table: figures: [{measure: ...}]");
    return;
  }
  for (Dimension dimension : kAll) {
    if (table.shape == Shape::records && dimension == Dimension::measure) {
      continue;
    }
    const bool from_table = table.column_of(dimension).given() ||
                            (table.shape == Shape::wide && table.across == dimension);
    const DimensionSource& own = mapping.source_of(dimension);
    const std::string name(dimension_name(dimension));
    if (from_table && own.given()) {
      yaml.error(root[name], "dimension-twice",
                 fmt::format("the {0} is given twice: by the table and by '{0}' here; remove "
                             "one",
                             name));
    } else if (!from_table && !own.given()) {
      yaml.error(table_node, "missing-dimension",
                 fmt::format("the figures have no {0}: add '{0}_column' to the table or '{0}' to "
                             "the mapping",
                             name),
                 fmt::format("e.g. {}", dimension == Dimension::measure ? "measure: crime.total"
                                        : dimension == Dimension::area  ? "area: Leicestershire"
                                                                        : "period: {cell: B2}"));
    }
  }
}

}  // namespace scdash::mapping::parse
