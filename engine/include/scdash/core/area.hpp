// Area and AreaDirectory: the districts, county and other places figures belong to.
//
// Partners name places in their own ways ("Hinckley & Bosworth", "H&B", "HBBC"),
// so the directory resolves any known name or alias, ignoring case, spacing and
// punctuation, to one Area identified by its ONS GSS code.
//
//   scdash::core::AreaDirectory areas;
//   areas.add({"E07000132", "HB", "Hinckley and Bosworth", {"HBBC"}, "E10000018"});
//   areas.resolve("Hinckley & Bosworth")->label;  // "HB"
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace scdash::core {

struct Area {
  std::string code;   // ONS GSS code where one exists, e.g. "E07000132"
  std::string label;  // short dashboard label, e.g. "HB"
  std::string name;   // e.g. "Hinckley and Bosworth"
  std::vector<std::string> aliases;
  std::string parent;  // code of the area this one is part of (a district's county); may be empty
};

class AreaDirectory {
 public:
  // Fails with a description when the code, or one of the names, already belongs to another area.
  std::optional<std::string> add(Area area);

  const Area* find_code(std::string_view code) const;
  // The area the dashboard labels `label` ("HB"), exactly as areas.yaml spells it.
  const Area* find_label(std::string_view label) const;
  // Resolves a code, label, name or alias as a partner might write it.
  const Area* resolve(std::string_view name) const;
  // The known name closest to `name`, for "did you mean ...?"; empty when nothing is close.
  std::string suggest(std::string_view name) const;

  // The areas whose parent is `code`, in the order they were added.
  std::vector<const Area*> children(std::string_view code) const;
  const std::vector<Area>& areas() const { return areas_; }

 private:
  std::vector<Area> areas_;
  std::map<std::string, std::size_t, std::less<>> by_key_;  // normalised name -> index
};

}  // namespace scdash::core
