#include "mapping/json_schema_subset.hpp"

#include <algorithm>
#include <regex>

#include <fmt/format.h>

namespace scdash::testing {
namespace {

// The JSON type of a YAML node under the YAML 1.2 core schema, as editors read it.
std::string type_of(const YAML::Node& node) {
  if (node.IsMap()) {
    return "object";
  }
  if (node.IsSequence()) {
    return "array";
  }
  if (node.IsNull()) {
    return "null";
  }
  const std::string& text = node.Scalar();
  if (node.Tag() == "!") {
    return "string";  // quoted
  }
  if (text == "true" || text == "false") {
    return "boolean";
  }
  if (std::regex_match(text, std::regex("[-+]?[0-9]+"))) {
    return "integer";
  }
  if (std::regex_match(text, std::regex("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?"))) {
    return "number";
  }
  return "string";
}

class Checker {
 public:
  explicit Checker(const YAML::Node& root) : root_(root) {}

  // Whether `value` meets `schema`; reports why not into `problems` when given.
  bool valid(const YAML::Node& schema, const YAML::Node& value, const std::string& path,
             std::vector<std::string>* problems) const {
    bool ok = true;
    auto fail = [&](const std::string& why) {
      ok = false;
      if (problems != nullptr) {
        problems->push_back(fmt::format("{}: {}", path.empty() ? "/" : path, why));
      }
    };
    if (const auto ref = schema["$ref"]) {
      const std::string target = ref.Scalar();
      const std::string prefix = "#/definitions/";
      if (!target.starts_with(prefix) || !root_["definitions"][target.substr(prefix.size())]) {
        fail("unresolvable $ref " + target);
        return false;
      }
      ok = valid(root_["definitions"][target.substr(prefix.size())], value, path, problems) && ok;
    }
    const std::string type = type_of(value);
    if (const auto types = schema["type"]) {
      std::vector<std::string> allowed;
      if (types.IsSequence()) {
        for (const auto& t : types) {
          allowed.push_back(t.Scalar());
        }
      } else {
        allowed.push_back(types.Scalar());
      }
      const bool fits = std::any_of(allowed.begin(), allowed.end(), [&](const std::string& t) {
        return t == type || (t == "number" && type == "integer");
      });
      if (!fits) {
        fail(fmt::format("is {} where {} belongs", type, fmt::join(allowed, " or ")));
        return false;
      }
    }
    if (const auto choices = schema["enum"]) {
      const bool listed = std::any_of(choices.begin(), choices.end(), [&](const YAML::Node& c) {
        return value.IsScalar() && c.Scalar() == value.Scalar();
      });
      if (!listed) {
        fail("is not one of the allowed values");
      }
    }
    if (const auto constant = schema["const"]) {
      if (!value.IsScalar() || value.Scalar() != constant.Scalar()) {
        fail("is not " + constant.Scalar());
      }
    }
    if (const auto pattern = schema["pattern"]; pattern && type == "string") {
      if (!std::regex_search(value.Scalar(), std::regex(pattern.Scalar()))) {
        fail(fmt::format("'{}' does not match {}", value.Scalar(), pattern.Scalar()));
      }
    }
    if (const auto minimum = schema["minimum"];
        minimum && (type == "integer" || type == "number") &&
        std::stod(value.Scalar()) < std::stod(minimum.Scalar())) {
      fail("is below " + minimum.Scalar());
    }
    if (value.IsMap()) {
      check_object(schema, value, path, problems, fail);
    }
    if (const auto items = schema["items"]; items && value.IsSequence()) {
      for (std::size_t i = 0; i < value.size(); ++i) {
        ok = valid(items, value[i], fmt::format("{}/{}", path, i), problems) && ok;
      }
    }
    for (const auto& part : schema["allOf"]) {
      ok = valid(part, value, path, problems) && ok;
    }
    if (const auto any = schema["anyOf"]) {
      if (std::none_of(any.begin(), any.end(),
                       [&](const YAML::Node& part) { return valid(part, value, path, nullptr); })) {
        fail("meets none of anyOf");
      }
    }
    if (const auto one = schema["oneOf"]) {
      const auto count = std::count_if(one.begin(), one.end(), [&](const YAML::Node& part) {
        return valid(part, value, path, nullptr);
      });
      if (count != 1) {
        fail(fmt::format("meets {} of oneOf's {} choices, not exactly one", count, one.size()));
      }
    }
    if (const auto negated = schema["not"]; negated && valid(negated, value, path, nullptr)) {
      fail("meets what 'not' forbids");
    }
    if (const auto condition = schema["if"]) {
      const auto branch = valid(condition, value, path, nullptr) ? schema["then"] : schema["else"];
      if (branch) {
        ok = valid(branch, value, path, problems) && ok;
      }
    }
    return ok;
  }

 private:
  template <class Fail>
  void check_object(const YAML::Node& schema, const YAML::Node& value, const std::string& path,
                    std::vector<std::string>* problems, Fail& fail) const {
    for (const auto& key : schema["required"]) {
      if (!value[key.Scalar()]) {
        fail("lacks '" + key.Scalar() + "'");
      }
    }
    if (const auto least = schema["minProperties"];
        least && value.size() < std::stoul(least.Scalar())) {
      fail("has too few keys");
    }
    if (const auto most = schema["maxProperties"];
        most && value.size() > std::stoul(most.Scalar())) {
      fail("has too many keys");
    }
    const auto properties = schema["properties"];
    const auto additional = schema["additionalProperties"];
    for (const auto& entry : value) {
      const std::string key = entry.first.Scalar();
      const std::string where = path + "/" + key;
      if (properties && properties[key]) {
        if (!valid(properties[key], entry.second, where, problems)) {
          fail("has a wrong '" + key + "'");
        }
      } else if (additional && additional.IsScalar() && additional.Scalar() == "false") {
        fail("has an unknown key '" + key + "'");
      } else if (additional && additional.IsMap() &&
                 !valid(additional, entry.second, where, problems)) {
        fail("has a wrong '" + key + "'");
      }
    }
  }

  const YAML::Node& root_;
};

}  // namespace

std::vector<std::string> schema_problems(const YAML::Node& schema, const YAML::Node& document) {
  std::vector<std::string> problems;
  Checker(schema).valid(schema, document, "", &problems);
  return problems;
}

}  // namespace scdash::testing
