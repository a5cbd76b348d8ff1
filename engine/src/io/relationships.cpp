#include "io/relationships.hpp"

#include <algorithm>

#include "io/xml_stream.hpp"

namespace scdash::io::detail {
namespace {

std::string_view directory_of(std::string_view part_name) {
  const auto slash = part_name.rfind('/');
  return slash == std::string_view::npos ? std::string_view() : part_name.substr(0, slash + 1);
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') {
    return c - '0';
  }
  if (c >= 'a' && c <= 'f') {
    return c - 'a' + 10;
  }
  if (c >= 'A' && c <= 'F') {
    return c - 'A' + 10;
  }
  return -1;
}

// Targets are URIs: "sheet%201.xml" names the zip entry "sheet 1.xml".
std::string percent_decoded(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 &&
        hex_value(text[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

class RelationshipsHandler final : public XmlHandler {
 public:
  RelationshipsHandler(XmlStream& stream, const ZipPartReader& part, std::string_view source_part,
                       std::vector<Relationship>& relationships)
      : stream_(stream), part_(part), source_part_(source_part), relationships_(relationships) {}

  void on_start(std::string_view name, const XmlAttributes& attributes) override {
    if (name != "Relationship" || attributes.find("TargetMode").value_or("") == "External") {
      return;
    }
    const std::string_view type = attributes.find("Type").value_or("");
    auto target = resolve_target(source_part_, attributes.find("Target").value_or(""));
    if (target) {
      relationships_.push_back({std::string(attributes.find("Id").value_or("")),
                                std::string(type.substr(type.rfind('/') + 1)), std::move(*target)});
      check_list_length(stream_, part_, relationships_.size(), "relationships");
    }
  }
  void on_end(std::string_view /*name*/) override {}
  void on_text(std::string_view /*text*/) override {}

 private:
  XmlStream& stream_;
  const ZipPartReader& part_;
  std::string_view source_part_;
  std::vector<Relationship>& relationships_;
};

}  // namespace

core::Expected<Relationships, core::Diagnostic> Relationships::read(ZipPartReader& part,
                                                                    std::string_view source_part) {
  Relationships result;
  XmlStream stream;
  RelationshipsHandler handler(stream, part, source_part, result.relationships_);
  if (auto parsed = stream.parse(part, handler); !parsed) {
    return core::unexpected(parsed.error());
  }
  for (std::size_t i = 0; i < result.relationships_.size(); ++i) {
    result.by_id_.emplace(result.relationships_[i].id, i);  // a repeated id keeps its first
  }
  return result;
}

const Relationship* Relationships::find_id(std::string_view id) const {
  const auto found = by_id_.find(std::string(id));
  return found == by_id_.end() ? nullptr : &relationships_[found->second];
}

const Relationship* Relationships::find_kind(std::string_view kind) const {
  const auto found = std::find_if(relationships_.begin(), relationships_.end(),
                                  [&](const Relationship& r) { return r.kind == kind; });
  return found == relationships_.end() ? nullptr : &*found;
}

std::string relationships_part_for(std::string_view part_name) {
  const std::string_view directory = directory_of(part_name);
  return std::string(directory) + "_rels/" + std::string(part_name.substr(directory.size())) +
         ".rels";
}

std::optional<std::string> resolve_target(std::string_view source_part, std::string_view target) {
  std::string path = percent_decoded(target);
  std::replace(path.begin(), path.end(), '\\', '/');
  if (!path.starts_with('/')) {
    path.insert(0, directory_of(source_part));
  }
  // Rebuild the path segment by segment, applying "." and "..".
  std::vector<std::string_view> segments;
  std::string_view rest(path);
  while (!rest.empty()) {
    const auto slash = rest.find('/');
    const std::string_view segment = rest.substr(0, slash);
    rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash + 1);
    if (segment == "..") {
      if (segments.empty()) {
        return std::nullopt;
      }
      segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
  }
  std::string resolved;
  for (const auto segment : segments) {
    resolved += resolved.empty() ? "" : "/";
    resolved += segment;
  }
  return resolved;
}

}  // namespace scdash::io::detail
