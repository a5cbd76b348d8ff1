#include "scdash/core/area.hpp"

#include "scdash/core/text.hpp"

namespace scdash::core {

std::optional<std::string> AreaDirectory::add(Area area) {
  const std::size_t index = areas_.size();
  std::vector<std::string> keys = {normalise_label(area.code), normalise_label(area.name)};
  if (!area.label.empty()) {
    keys.push_back(normalise_label(area.label));
  }
  for (const auto& alias : area.aliases) {
    keys.push_back(normalise_label(alias));
  }
  for (const auto& key : keys) {
    const auto found = by_key_.find(key);
    if (found != by_key_.end() && found->second != index) {
      return "'" + key + "' already names " + areas_[found->second].name;
    }
  }
  for (auto& key : keys) {
    by_key_.emplace(std::move(key), index);
  }
  areas_.push_back(std::move(area));
  return std::nullopt;
}

const Area* AreaDirectory::find_code(std::string_view code) const {
  for (const auto& area : areas_) {
    if (area.code == code) {
      return &area;
    }
  }
  return nullptr;
}

const Area* AreaDirectory::find_label(std::string_view label) const {
  for (const auto& area : areas_) {
    if (area.label == label) {
      return &area;
    }
  }
  return nullptr;
}

const Area* AreaDirectory::resolve(std::string_view name) const {
  const auto found = by_key_.find(normalise_label(name));
  return found == by_key_.end() ? nullptr : &areas_[found->second];
}

std::string AreaDirectory::suggest(std::string_view name) const {
  std::vector<std::string> keys;
  keys.reserve(by_key_.size());
  for (const auto& [key, index] : by_key_) {
    keys.push_back(key);
  }
  const std::string key = closest_match(normalise_label(name), keys);
  return key.empty() ? std::string() : areas_[by_key_.find(key)->second].name;
}

std::vector<const Area*> AreaDirectory::children(std::string_view code) const {
  std::vector<const Area*> result;
  for (const auto& area : areas_) {
    if (area.parent == code) {
      result.push_back(&area);
    }
  }
  return result;
}

}  // namespace scdash::core
