// district-outlier: a district's rate far outside the other districts' spread.
//
// With seven or eight districts, a county's areas differ for real (a city's crime rate is
// above a rural district's), so a significance test against the county would flag most of
// them. What a typo or a missing month looks like instead is a district far outside where the
// others lie. Each district is judged against the others only (so that it cannot widen its own
// fences): outside [Q1 − k × IQR, Q3 + k × IQR] of the other districts' figures, with k the
// template's outlier_iqr_factor (3 by default: Tukey's "far out").
#include <algorithm>

#include <fmt/format.h>

#include "scdash/kpi/district_outliers.hpp"

namespace scdash::kpi {
namespace {

// The files a figure's cells are in, each once, in the order first met: a rolling year of
// monthly returns is twelve.
std::vector<std::string> files_of(const Figure& figure) {
  std::vector<std::string> files;
  for (const core::SourceRef& source : figure.sources) {
    if (std::find(files.begin(), files.end(), source.file) == files.end()) {
      files.push_back(source.file);
    }
  }
  return files;
}

// Fewer other districts than this give quartiles too unsteady to judge by.
constexpr std::size_t kMinimumOthers = 4;

// The p-quantile of sorted values, interpolating between neighbours (Excel's QUARTILE.INC).
double quantile(const std::vector<double>& sorted, double p) {
  const double position = p * static_cast<double>(sorted.size() - 1);
  const auto below = static_cast<std::size_t>(position);
  const double fraction = position - static_cast<double>(below);
  if (below + 1 >= sorted.size()) {
    return sorted.back();
  }
  return sorted[below] + fraction * (sorted[below + 1] - sorted[below]);
}

// The template's area set the i-th area column is in: a BCU is judged against the other BCUs,
// never against the LPUs within them.
std::string_view set_of(const DashboardModel& model, std::size_t i) {
  return i < model.districts.size() ? std::string_view(model.districts[i].set) : "districts";
}

void check_indicator(const DashboardModel& model, const IndicatorResult& result, double factor,
                     core::Diagnostics& out) {
  const auto& districts = result.districts;
  for (std::size_t i = 0; i < districts.size(); ++i) {
    const Figure& figure = districts[i].figure;
    if (!figure.value) {
      continue;
    }
    std::vector<double> others;
    for (std::size_t j = 0; j < districts.size(); ++j) {
      if (j != i && districts[j].figure.value && set_of(model, j) == set_of(model, i)) {
        others.push_back(*districts[j].figure.value);
      }
    }
    if (others.size() < kMinimumOthers) {
      continue;
    }
    std::sort(others.begin(), others.end());
    const double q1 = quantile(others, 0.25);
    const double q3 = quantile(others, 0.75);
    const double spread = q3 - q1;
    const double low = q1 - factor * spread;
    const double high = q3 + factor * spread;
    // Districts that all agree have no spread to judge a difference by.
    if (spread <= 0 || (*figure.value >= low && *figure.value <= high)) {
      continue;
    }
    const std::string& name =
        i < model.districts.size() ? model.districts[i].name : districts[i].area_code;
    const std::vector<std::string> files = files_of(figure);
    const core::Location where =
        figure.sources.empty() ? core::Location{}
        : files.size() == 1
            ? core::Location::in_sheet(figure.sources.front().file, figure.sources.front().sheet)
            : core::Location::in_file(files.front());
    out.push_back(core::Diagnostic::warning(
        "district-outlier",
        fmt::format("{}'s '{}' for the {} is {:.2f}, outside the other {}' range of "
                    "{:.2f} to {:.2f} (their quartiles {:.2f} and {:.2f}, widened by {} times "
                    "the difference between them){}",
                    name, result.indicator->label, figure.period.label(), *figure.value,
                    set_of(model, i), low, high, q1, q3, factor,
                    files.size() > 1 ? fmt::format("; it is made from the {} files {}",
                                                   files.size(), fmt::join(files, ", "))
                                     : std::string()),
        where,
        fmt::format("check {}'s figures in the return; a real difference is shown as it is",
                    name)));
  }
}

}  // namespace

core::Diagnostics find_district_outliers(const DashboardModel& model,
                                         const templates::ValidationSettings& settings) {
  core::Diagnostics out;
  for (const auto& outcome : model.outcomes) {
    for (const auto& result : outcome.indicators) {
      if (result.indicator != nullptr && result.indicator->formula.traits().compared_across_areas) {
        check_indicator(model, result, settings.outlier_iqr_factor, out);
      }
    }
  }
  return out;
}

}  // namespace scdash::kpi
