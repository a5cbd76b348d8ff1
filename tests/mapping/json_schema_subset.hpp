// A JSON Schema (draft-07) checker for the parts of the language docs/mapping.schema.json
// uses, applied to YAML as an editor's YAML extension applies it, so that the tests can prove
// the shipped mappings and the guide's examples pass the schema analysts' editors check.
#pragma once

#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

namespace scdash::testing {

// What in `document` breaks `schema` (whose "#/definitions/..." references resolve within
// itself), each as "path: problem"; empty when the document is valid.
std::vector<std::string> schema_problems(const YAML::Node& schema, const YAML::Node& document);

}  // namespace scdash::testing
