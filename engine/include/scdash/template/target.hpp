// Target: where a plan wants an indicator's figure to be, as a level ("85% satisfaction") or as
// a change on the previous period's figure ("a 13% reduction").
//
// Each kind is one entry in target.cpp: how dashboard.yaml writes it, how it resolves to a level
// in the indicator's units, and how the notes and the board report name it. Computing and
// rendering read those and never ask which kind a target is.
//
//   const Target target{TargetKind::change_percent, -13};
//   target.level_from(2768);  // 2408.16: 13% below the previous period's 2,768
//   target.describe(false);   // "the 13% reduction target"
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace scdash::templates {

enum class TargetKind {
  level,           // the figure itself: 25 (%), 85 (%), 1.01
  change_percent,  // per cent on the previous period's figure: -13 is a 13% reduction
  change_count,    // a count on the previous period's count: -500 is 500 fewer
};

struct Target {
  TargetKind kind = TargetKind::level;
  double value = 0;  // the level, or the signed change

  // Whether the target rests on the previous period's figure.
  bool relative() const { return kind != TargetKind::level; }
  // The target in the indicator's units, given the previous period's figure (unused for a level).
  double level_from(double previous) const;
  // How a sentence names it: "the 85% target", "the 13% reduction target", "the target of 500
  // fewer". `percent` says whether a level is a percentage.
  std::string describe(bool percent) const;
};

// How dashboard.yaml writes a target: one key and its number, such as `{reduction_percent: 13}`.
struct TargetKey {
  std::string_view key;  // "level", "reduction_percent", ...
  TargetKind kind = TargetKind::level;
  double sign = 1;  // a reduction's number is written positive for a negative change
  // How a sentence names it, {} its number as written: "the {}% reduction target".
  std::string_view phrase;
};

// Every key, in the order docs and messages list them.
const std::vector<TargetKey>& target_keys();

}  // namespace scdash::templates
