#include "mapping/row_filter.hpp"

#include <algorithm>

#include "mapping/cell_reading.hpp"
#include "scdash/core/text.hpp"
#include "scdash/io/cell_text.hpp"
#include "scdash/mapping/glob.hpp"

namespace scdash::mapping {

bool RowFilter::locate(const HeaderRow& header, FigureSink& sink) {
  located_.clear();
  if (conditions_ == nullptr) {
    return true;
  }
  bool ok = true;
  for (const Condition& condition : *conditions_) {
    const auto column = header.locate(condition.column, sink);
    if (!column) {
      ok = false;
      continue;
    }
    Located located{&condition, *column, {}};
    for (const auto& value : condition.values) {
      const bool glob = condition.test == Condition::Test::matches ||
                        condition.test == Condition::Test::not_matches;
      located.values.push_back(glob ? std::string(core::trim(value))
                                    : core::normalise_label(value));
    }
    located_.push_back(std::move(located));
  }
  return ok;
}

std::vector<std::uint32_t> RowFilter::columns() const {
  std::vector<std::uint32_t> columns;
  for (const Located& located : located_) {
    columns.push_back(located.column);
  }
  return columns;
}

const Condition* RowFilter::failed(const io::Row& row) const {
  for (const Located& located : located_) {
    const io::Cell* cell = cell_at(row, located.column);
    const std::string text = cell ? io::value_text(*cell) : std::string();
    const auto& values = located.values;
    bool holds = false;
    switch (located.condition->test) {
      case Condition::Test::matches:
        holds = glob_matches(values.front(), core::trim(text));
        break;
      case Condition::Test::not_matches:
        holds = !glob_matches(values.front(), core::trim(text));
        break;
      case Condition::Test::in:
      case Condition::Test::equals:
        holds =
            std::find(values.begin(), values.end(), core::normalise_label(text)) != values.end();
        break;
      case Condition::Test::not_in:
        holds =
            std::find(values.begin(), values.end(), core::normalise_label(text)) == values.end();
        break;
    }
    if (!holds) {
      return located.condition;
    }
  }
  return nullptr;
}

}  // namespace scdash::mapping
