// The records shape: one row per crime or incident. Rows are counted (or a column summed)
// into figures by measure, area and month as they stream past, under the mapping's rules;
// only running totals and grouped problems are kept, never the rows.
#include <algorithm>
#include <map>
#include <optional>
#include <tuple>
#include <unordered_map>

#include <fmt/format.h>

#include "mapping/cell_reading.hpp"
#include "mapping/row_filter.hpp"
#include "mapping/shape_readers.hpp"
#include "mapping/value_reading.hpp"
#include "scdash/io/cell_text.hpp"

namespace scdash::mapping {
namespace {

// Distinct texts remembered per lookup, and distinct problems listed per code: enough for
// any real extract, and a bound on memory for a hostile one.
constexpr std::size_t kCacheLimit = 10'000;
constexpr std::size_t kProblemsPerCode = 20;

struct RuleColumns {
  const FigureRule* rule = nullptr;
  RowFilter filter;
  std::optional<std::uint32_t> measure_column;
  std::optional<std::uint32_t> sum_column;
};

struct Total {
  double value = 0;
  std::optional<std::string> unavailable;
  std::optional<std::string> rejected;  // a row summed into it is negative
  core::CellRef first;
  int line = 0;
};

struct Problem {
  Unresolved what;
  core::CellRef first;
  std::size_t rows = 0;
};

class RecordsReader final : public ShapeReader {
 public:
  RecordsReader(const Table& table, const Resolver& resolver, const Dimensions& fixed,
                FigureSink& sink)
      : table_(table), resolver_(resolver), fixed_(fixed), sink_(sink), filter_(table.where) {
    for (const FigureRule& rule : table.figures) {
      rules_.push_back({&rule, RowFilter(rule.where), std::nullopt, std::nullopt});
    }
  }

  std::vector<const ColumnRef*> required_columns() const override {
    std::vector<const ColumnRef*> columns;
    for (const ColumnRef* column : {&table_.area_column, &table_.period_column}) {
      if (column->given()) {
        columns.push_back(column);
      }
    }
    for (const FigureRule& rule : table_.figures) {
      for (const ColumnRef* column : {&rule.measure_column, &rule.sum}) {
        if (column->given()) {
          columns.push_back(column);
        }
      }
    }
    return columns;
  }

  bool on_header(const HeaderRow& header) override {
    bool ok = filter_.locate(header, sink_);
    if (table_.area_column.given()) {
      area_column_ = header.locate(table_.area_column, sink_);
      ok = ok && area_column_;
    }
    if (table_.period_column.given()) {
      period_column_ = header.locate(table_.period_column, sink_);
      ok = ok && period_column_;
    }
    for (RuleColumns& rule : rules_) {
      ok = rule.filter.locate(header, sink_) && ok;
      if (rule.rule->measure_column.given()) {
        rule.measure_column = header.locate(rule.rule->measure_column, sink_);
        ok = ok && rule.measure_column;
      }
      if (rule.rule->sum.given()) {
        rule.sum_column = header.locate(rule.rule->sum, sink_);
        ok = ok && rule.sum_column;
      }
    }
    return ok;
  }

  void on_row(const io::Row& row) override {
    sink_.add_region(1);
    ++rows_;
    if (sink_.blocked()) {
      sink_.count_reported(1);
      return;
    }
    if (const Condition* failed = filter_.failed(row)) {
      leave_out({failed, false});
      return;
    }
    const auto area = area_of(row);
    if (area && area->empty()) {
      leave_out({nullptr, true});
      return;
    }
    const auto period = area ? period_of(row) : std::nullopt;
    if (!area || !period) {
      sink_.count_reported(1);
      return;
    }
    bool counted = false;
    bool failed = false;
    for (const RuleColumns& rule : rules_) {
      if (!rule.filter.passes(row)) {
        continue;
      }
      if (add(rule, row, *area, *period)) {
        counted = true;
      } else {
        failed = true;
      }
    }
    if (counted) {
      ++counted_;
      sink_.count_used(1);
    } else if (failed) {
      sink_.count_reported(1);
    } else {
      leave_out({nullptr, false});
    }
  }

  std::vector<std::uint32_t> columns_read() const override {
    std::vector<std::uint32_t> columns = filter_.columns();
    for (const auto& column : {area_column_, period_column_}) {
      if (column) {
        columns.push_back(*column);
      }
    }
    for (const RuleColumns& rule : rules_) {
      const auto rule_columns = rule.filter.columns();
      columns.insert(columns.end(), rule_columns.begin(), rule_columns.end());
      for (const auto& column : {rule.measure_column, rule.sum_column}) {
        if (column) {
          columns.push_back(*column);
        }
      }
    }
    return columns;
  }

  bool looks_like_data(const io::Row& row) const override {
    const io::Cell* area = area_column_ ? cell_at(row, *area_column_) : nullptr;
    const io::Cell* period = period_column_ ? cell_at(row, *period_column_) : nullptr;
    const auto known = [&](const io::Cell& cell) {
      const Resolution resolved = resolver_.resolve_column(Dimension::area, cell, false);
      return resolved || is_outside(resolved);
    };
    return (!area_column_ || (area && known(*area))) &&
           (!period_column_ || (period && month_of_record(*period)));
  }

  void finish() override {
    for (const auto& [key, total] : totals_) {
      const auto& [measure, area, period] = key;
      core::Observation observation{measure, area, period, total.value,
                                    sink_.source(total.first, total.line)};
      if (total.unavailable) {
        observation.value = 0;
        observation.unavailable_reason = total.unavailable;
      }
      observation.rejected_because = total.rejected;
      sink_.observation(std::move(observation));
    }
    for (const auto& [key, problem] : problems_) {
      sink_.note(core::Diagnostic::error(
          key.first,
          problem.what.said(
              fmt::format(" ({} row(s), from row {})", problem.rows, problem.first.row + 1)),
          sink_.at(problem.first), problem.what.hint));
    }
    std::vector<std::string> by_rule;
    for (const auto& [rule, rows] : left_out_) {
      by_rule.push_back(fmt::format("{} {}", rows, described(rule)));
    }
    sink_.note(core::Diagnostic::info(
        "mapping-records-summary",
        fmt::format("{} record(s) read: {} counted into {} figure(s), {} left out by rule{}, {} "
                    "with problems",
                    rows_, counted_, totals_.size(), excluded_,
                    by_rule.empty() ? "" : fmt::format(" ({})", fmt::join(by_rule, "; ")),
                    rows_ - counted_ - excluded_),
        core::Location::in_sheet(sink_.file(), sink_.sheet())));
  }

 private:
  using Key = std::tuple<std::string, std::string, core::Period>;  // measure, area, period

  // The area of the row's record: its code, empty when the area is outside the partnership,
  // or nullopt with the problem noted.
  std::optional<std::string> area_of(const io::Row& row) {
    if (!area_column_) {
      return fixed_.area->id;
    }
    const core::CellRef ref{row.index, *area_column_};
    const io::Cell* cell = cell_at(row, *area_column_);
    const std::string text = cell ? io::value_text(*cell) : std::string();
    const Resolution resolved =
        cached(area_cache_, text, [&] { return resolver_.resolve_area_column_text(text); });
    if (is_outside(resolved)) {
      return std::string();
    }
    if (!resolved) {
      problem(resolved.error(), ref);
      return std::nullopt;
    }
    return resolved->id;
  }

  std::optional<core::Period> period_of(const io::Row& row) {
    if (!period_column_) {
      return fixed_.period->period;
    }
    const core::CellRef ref{row.index, *period_column_};
    const io::Cell* cell = cell_at(row, *period_column_);
    if (cell != nullptr) {
      if (const auto month = month_of_record(*cell)) {
        return core::Period::single(*month);
      }
    }
    const std::string text = cell ? io::value_text(*cell) : std::string();
    problem(Unresolved{cell ? "period-unknown" : "period-missing",
                       cell ? fmt::format("'{}' is not a date or a month", text)
                            : std::string("no date where one belongs"),
                       "dates are read as date cells, 2025-04-17, 17/04/2025 or 17-Apr-2025",
                       {}},
            ref);
    return std::nullopt;
  }

  // Adds the row to the rule's figure; false when the row cannot be (the problem noted).
  bool add(const RuleColumns& rule, const io::Row& row, const std::string& area,
           const core::Period& period) {
    std::string measure = rule.rule->measure.text;
    int line = rule.rule->line;
    if (rule.measure_column) {
      const core::CellRef ref{row.index, *rule.measure_column};
      const io::Cell* cell = cell_at(row, *rule.measure_column);
      const std::string text = cell ? io::value_text(*cell) : std::string();
      const Resolution resolved = cached(measure_cache_, text, [&] {
        return resolver_.resolve_text(Dimension::measure, text, false);
      });
      if (!resolved) {
        problem(resolved.error(), ref);
        return false;
      }
      measure = resolved->id;
      line = resolved->line != 0 ? resolved->line : line;
    }
    double amount = 1;
    std::optional<std::string> unavailable;
    core::CellRef first{row.index, period_column_.value_or(area_column_.value_or(0))};
    if (rule.sum_column) {
      first = {row.index, *rule.sum_column};
      const io::Cell* cell = cell_at(row, *rule.sum_column);
      if (cell == nullptr || is_blank(*cell)) {
        amount = 0;  // a blank amount adds nothing
      } else {
        const ValueReading reading = read_value(*cell, sink_.mapping().values);
        if (reading.kind == ValueReading::Kind::problem) {
          problem(Unresolved{reading.code, reading.message, reading.hint, {}}, first);
          return false;
        }
        amount = reading.number;
        if (reading.kind == ValueReading::Kind::not_available) {
          unavailable = reading.reason;
        }
      }
    }
    auto [found, inserted] = totals_.try_emplace(Key{std::move(measure), area, period},
                                                 Total{0, std::nullopt, std::nullopt, first, line});
    Total& total = found->second;
    if (amount < 0) {
      // What is summed is counted (calls, referrals, offences): a negative one is a mistake, and
      // the figure it feeds would be short by twice it, so the figure is rejected, not reduced.
      problem(Unresolved{"count-negative",
                         fmt::format("a summed count cannot be negative, and this is {}", amount),
                         "correct the row in the partner's extract; the figure it feeds is n/a",
                         {}},
              first);
      if (!total.rejected) {
        total.rejected = fmt::format(
            "a row summed into it, {}, is {}: a count cannot be negative "
            "[count-negative]",
            core::to_a1(first), amount);
      }
      return false;
    }
    total.value += amount;
    if (unavailable && !total.unavailable) {
      total.unavailable = std::move(unavailable);
    }
    return true;
  }

  // What `resolve` makes of `text`, remembered: an extract repeats a few texts a million times.
  template <typename Resolve>
  Resolution cached(std::unordered_map<std::string, Resolution>& cache, const std::string& text,
                    const Resolve& resolve) {
    if (const auto found = cache.find(text); found != cache.end()) {
      return found->second;
    }
    Resolution resolved = resolve();
    if (cache.size() < kCacheLimit) {
      cache.emplace(text, resolved);
    }
    return resolved;
  }

  // Why a row was left out on purpose: the 'where' condition it failed, its area outside the
  // partnership, or else no figure's 'where' met.
  struct LeftOutBy {
    const Condition* condition = nullptr;
    bool outside = false;

    bool operator==(const LeftOutBy&) const = default;
  };

  std::string described(const LeftOutBy& rule) const {
    if (rule.condition != nullptr) {
      return fmt::format("by line {}, {}", rule.condition->line, rule.condition->described());
    }
    return rule.outside
               ? fmt::format("by line {}, outside the partnership", table_.area_values.outside_line)
               : std::string("matching no figure's 'where'");
  }

  // A row left out on purpose, counted under the rule that left it out.
  void leave_out(LeftOutBy rule) {
    const auto found = std::find_if(left_out_.begin(), left_out_.end(),
                                    [&](const auto& tally) { return tally.first == rule; });
    if (found == left_out_.end()) {
      left_out_.emplace_back(rule, 1);
    } else {
      ++found->second;
    }
    ++excluded_;
    sink_.count_excluded(1);
  }

  // Problems are grouped by code and by what is said of them, so that a million rows with one
  // unknown area give one report that counts them, and the LSOAs of one unknown district
  // ("Nuneaton and Bedworth 012A", "... 013B") are one problem.
  void problem(const Unresolved& what, core::CellRef where) {
    auto& per_code = problem_counts_[what.code];
    auto found = problems_.find({what.code, what.message});
    if (found == problems_.end()) {
      const bool overflow = per_code >= kProblemsPerCode;
      const std::pair<std::string, std::string> key{what.code,
                                                    overflow ? "\x01other" : what.message};
      found = problems_.find(key);
      if (found == problems_.end()) {
        Unresolved said = what;
        if (overflow) {
          said.message = "more rows with other problems of this kind";
          said.suggestion.clear();
        }
        found = problems_.emplace(key, Problem{std::move(said), where, 0}).first;
        per_code += overflow ? 0 : 1;
      }
    }
    found->second.rows += 1;
  }

  const Table& table_;
  const Resolver& resolver_;
  const Dimensions& fixed_;
  FigureSink& sink_;
  RowFilter filter_;
  std::vector<RuleColumns> rules_;
  std::optional<std::uint32_t> area_column_;
  std::optional<std::uint32_t> period_column_;
  std::map<Key, Total> totals_;
  std::map<std::pair<std::string, std::string>, Problem> problems_;  // (code, text)
  std::map<std::string, std::size_t> problem_counts_;                // distinct texts per code
  std::unordered_map<std::string, Resolution> area_cache_;
  std::unordered_map<std::string, Resolution> measure_cache_;
  std::size_t rows_ = 0;
  std::size_t counted_ = 0;
  std::size_t excluded_ = 0;
  std::vector<std::pair<LeftOutBy, std::size_t>> left_out_;  // rows by rule, in order met
};

}  // namespace

std::unique_ptr<ShapeReader> make_records_reader(const Table& table, const Resolver& resolver,
                                                 const Dimensions& fixed, FigureSink& sink) {
  return std::make_unique<RecordsReader>(table, resolver, fixed, sink);
}

}  // namespace scdash::mapping
