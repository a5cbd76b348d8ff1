// The kinds of target: how dashboard.yaml writes each, and what each means.
#include "scdash/template/target.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "template/parse_target.hpp"

namespace scdash::templates {

const std::vector<TargetKey>& target_keys() {
  static const std::vector<TargetKey> kKeys = {
      {"level", TargetKind::level, 1, "the {} target"},
      {"reduction_percent", TargetKind::change_percent, -1, "the {}% reduction target"},
      {"increase_percent", TargetKind::change_percent, 1, "the {}% increase target"},
      {"reduction_count", TargetKind::change_count, -1, "the target of {} fewer"},
      {"increase_count", TargetKind::change_count, 1, "the target of {} more"},
  };
  return kKeys;
}

namespace {

const TargetKey& key_of(const Target& target) {
  const auto& keys = target_keys();
  const auto found = std::find_if(keys.begin(), keys.end(), [&](const TargetKey& key) {
    return key.kind == target.kind && (target.value < 0) == (key.sign < 0);
  });
  return found == keys.end() ? keys.front() : *found;
}

}  // namespace

double Target::level_from(double previous) const {
  switch (kind) {
    case TargetKind::level:
      break;
    case TargetKind::change_percent:
      // Multiplied before dividing, so that 1,000 less 7% is 930 exactly, not 929.999...
      return previous * (100 + value) / 100;
    case TargetKind::change_count:
      return previous + value;
  }
  return value;
}

std::string Target::describe(bool percent) const {
  const std::string number = fmt::format("{}", std::abs(value));
  return fmt::format(fmt::runtime(key_of(*this).phrase),
                     kind == TargetKind::level && percent ? number + "%" : number);
}

bool parse_target(core::YamlChecker& yaml, const YAML::Node& indicator,
                  const std::optional<Formula>& formula, std::optional<Target>& target) {
  const YAML::Node node = indicator["target"];
  if (!node) {
    return true;
  }
  std::vector<std::string> names;
  for (const TargetKey& key : target_keys()) {
    names.emplace_back(key.key);
  }
  if (!yaml.check_keys(node, "'target'", names)) {
    return false;
  }
  if (node.size() != 1) {
    yaml.error(node, "target-one-key",
               fmt::format("a target is one of {}, with its number", fmt::join(names, ", ")),
               "such as 'target: {reduction_percent: 13}' or 'target: {level: 85}'");
    return false;
  }
  const auto& keys = target_keys();
  const auto key = std::find_if(keys.begin(), keys.end(),
                                [&](const TargetKey& k) { return node[std::string(k.key)]; });
  if (key == keys.end()) {
    return false;  // check_keys has named the unknown key
  }
  const auto number = yaml.number(node, key->key);
  if (!number) {
    return false;
  }
  if (key->kind != TargetKind::level && *number < 0) {
    yaml.error(node[std::string(key->key)], "out-of-range",
               fmt::format("'{}' is written as a positive number", key->key));
    return false;
  }
  if (key->kind == TargetKind::change_percent && key->sign < 0 && *number > 100) {
    yaml.error(node[std::string(key->key)], "out-of-range",
               fmt::format("'{}' is at most 100: a reduction of more than the whole", key->key));
    return false;
  }
  if (key->kind == TargetKind::change_count && formula && formula->kind != FormulaKind::count) {
    yaml.error(node[std::string(key->key)], "target-not-for-formula",
               fmt::format("'{}' changes a count, so only a count indicator takes it", key->key),
               "give a rate, percentage or ratio a 'reduction_percent' or a 'level'");
    return false;
  }
  target = Target{key->kind, key->sign * *number};
  return true;
}

}  // namespace scdash::templates
