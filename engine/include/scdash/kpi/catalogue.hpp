// Catalogue: the dashboard template's outcomes and indicators, as the BI team declares them.
//
// Loaded from workbook-templates/<dashboard>/dashboard.yaml, so that a new indicator or a
// changed rule is a YAML edit, never a rebuild.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "scdash/core/diagnostic.hpp"
#include "scdash/core/file_system.hpp"
#include "scdash/core/population.hpp"

namespace scdash::kpi {

// Which way is good for an indicator.
enum class Polarity { higher_is_better, lower_is_better, none };

struct Indicator {
  std::string id;
  std::string label;    // with its unit: "Total crime rate (per 10,000 population)"
  std::string measure;  // the counted measure, e.g. "crime.total"
  double rate_per = 10000;
  core::Denominator denominator = core::Denominator::persons;
  Polarity polarity = Polarity::none;
  double stable_band_percent = 2;  // a change within ±this is "stable"
  bool district_breakdown = true;
};

struct Outcome {
  std::string name;
  std::vector<Indicator> indicators;
};

struct Catalogue {
  std::string file;  // the template file, as diagnostics name it
  std::string title;
  std::string headline_area;                 // code of the area the main columns describe
  std::vector<std::string> district_labels;  // dashboard labels of the district columns, in order
  std::vector<Outcome> outcomes;
};

// Loads `directory`/dashboard.yaml; problems go to `diagnostics` with file:line:column.
std::optional<Catalogue> load_catalogue(core::FileSystem& file_system,
                                        const std::filesystem::path& directory,
                                        core::Diagnostics& diagnostics);

std::string_view polarity_name(Polarity polarity);

}  // namespace scdash::kpi
