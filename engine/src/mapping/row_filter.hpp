// RowFilter: a table's 'where' conditions, applied to rows as they stream past.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "mapping/table_scanner.hpp"
#include "scdash/io/cell.hpp"
#include "scdash/mapping/mapping.hpp"

namespace scdash::mapping {

class RowFilter {
 public:
  RowFilter() = default;
  explicit RowFilter(const std::vector<Condition>& conditions) : conditions_(&conditions) {}

  // Finds the conditions' columns; false, with errors in `sink`, when one is missing.
  bool locate(const HeaderRow& header, FigureSink& sink);
  // Whether the row passes every condition (a row with no conditions always does).
  bool passes(const io::Row& row) const { return failed(row) == nullptr; }
  // The columns the conditions read, once located.
  std::vector<std::uint32_t> columns() const;
  // The first condition the row fails, or nullptr when it passes them all.
  const Condition* failed(const io::Row& row) const;

 private:
  struct Located {
    const Condition* condition = nullptr;
    std::uint32_t column = 0;
    std::vector<std::string> values;  // normalised, or globs for 'matches'
  };
  const std::vector<Condition>* conditions_ = nullptr;
  std::vector<Located> located_;
};

}  // namespace scdash::mapping
