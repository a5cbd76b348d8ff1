// YamlChecker: reads configuration YAML (mappings, reference data, templates) strictly.
//
// Analysts edit these files by hand, so every mistake is reported as a diagnostic
// at file:line:column, with a suggestion for a misspelt key, and checking goes on
// after the first mistake so that one run lists them all.
//
//   scdash::core::YamlChecker yaml("mappings/marac.yaml", "mapping", diagnostics);
//   if (const auto root = yaml.parse(text); root && yaml.check_keys(*root, "a mapping", {"files"}))
//   {
//     const auto files = yaml.sequence(*root, "files");
//   }
#pragma once

#include <filesystem>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "scdash/core/diagnostic.hpp"
#include "scdash/core/file_system.hpp"

namespace scdash::core {

// The text of a configuration file (a mapping, the template, reference data, the project file);
// nullopt when it cannot be read, after reporting "<code_prefix>-unreadable" at the file:
// "cannot read <what>: <the system's reason>".
std::optional<std::string> read_configuration_file(FileSystem& file_system,
                                                   const std::filesystem::path& path,
                                                   std::string_view code_prefix,
                                                   std::string_view what, Diagnostics& diagnostics);

class YamlChecker {
 public:
  // `file` is how diagnostics name the file; `code_prefix` starts every code, e.g. "mapping".
  YamlChecker(std::string file, std::string code_prefix, Diagnostics& diagnostics)
      : file_(std::move(file)), prefix_(std::move(code_prefix)), diagnostics_(diagnostics) {}

  // Parses the text; reports a syntax error and returns nullopt when it is not YAML.
  std::optional<YAML::Node> parse(const std::string& text);

  // Checks that `node` is a mapping whose keys are all among `allowed`, reporting each other
  // key with the nearest allowed one. False when `node` is not a mapping at all. Required
  // keys are reported missing by the accessors below, once each.
  bool check_keys(const YAML::Node& node, std::string_view what,
                  std::initializer_list<std::string_view> allowed);
  // The same, with the allowed keys made at run time (from a table of kinds).
  bool check_keys(const YAML::Node& node, std::string_view what,
                  const std::vector<std::string>& known);

  // The node under `key`; reports and returns nullopt when it is missing.
  std::optional<YAML::Node> require(const YAML::Node& map, std::string_view key);

  // The scalar under `key` as text; reports and returns nullopt when missing or not a scalar.
  std::optional<std::string> string(const YAML::Node& map, std::string_view key);
  // The same, but a missing key gives `fallback` without a report.
  std::optional<std::string> string_or(const YAML::Node& map, std::string_view key,
                                       std::string fallback);
  std::optional<double> number(const YAML::Node& map, std::string_view key);
  std::optional<int> integer(const YAML::Node& map, std::string_view key);
  // The sequence under `key`; reports when present but not a sequence. Missing gives an empty node.
  std::optional<YAML::Node> sequence(const YAML::Node& map, std::string_view key,
                                     bool required = true);
  // The value under `key` as one of `options`, listed in the report when it is none of them.
  // A missing key gives `fallback` without a report when one is given, and a report otherwise.
  template <class T>
  std::optional<T> choice(const YAML::Node& map, std::string_view key,
                          std::initializer_list<std::pair<std::string_view, T>> options,
                          std::optional<T> fallback = std::nullopt) {
    if (fallback && !map[std::string(key)]) {
      return fallback;
    }
    const auto text = string(map, key);
    if (!text) {
      return std::nullopt;
    }
    std::vector<std::string> names;
    for (const auto& [name, value] : options) {
      if (*text == name) {
        return value;
      }
      names.emplace_back(name);
    }
    report_unknown_choice(map[std::string(key)], key, *text, names);
    return std::nullopt;
  }

  // A scalar node as text; reports when it is a mapping or sequence.
  std::optional<std::string> scalar(const YAML::Node& node, std::string_view what);

  Location location(const YAML::Node& node) const;
  void error(const YAML::Node& at, std::string_view code, std::string message,
             std::string hint = {});

 private:
  void report_unknown_choice(const YAML::Node& at, std::string_view key, const std::string& text,
                             const std::vector<std::string>& names);

  std::string file_;
  std::string prefix_;
  Diagnostics& diagnostics_;
};

}  // namespace scdash::core
