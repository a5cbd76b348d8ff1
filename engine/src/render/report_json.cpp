#include "scdash/render/report_json.hpp"

#include <fmt/format.h>

#include "render/figure_note.hpp"
#include "scdash/core/json_writer.hpp"
#include "scdash/core/report_shapes.hpp"

namespace scdash::render {
namespace {

using core::JsonWriter;

using core::write_period;

// "sources": each cell a figure was computed from, "file!sheet!cell".
void write_sources(JsonWriter& json, const std::vector<core::SourceRef>& sources) {
  json.key("sources");
  json.begin_array();
  for (const auto& source : sources) {
    json.value(source.location().to_string());
  }
  json.end_array();
}

void write_figure(JsonWriter& json, const kpi::Figure& figure,
                  const templates::Indicator& indicator) {
  json.begin_object();
  json.key("value");
  json.value(figure.value);
  json.key("period");
  write_period(json, figure.period);
  if (!figure.value) {
    json.key("reason");
    json.value(figure.unavailable_reason);
    json.end_object();
    return;
  }
  json.key("numerator");
  json.value(figure.numerator);
  json.key("denominator");
  json.value(figure.denominator);
  json.key("explanation");
  json.value(explain_figure(figure, indicator));
  if (!figure.derivations.empty()) {
    json.key("derived");  // each derived measure it was made through, as a formula
    json.begin_array();
    for (const auto& derivation : figure.derivations) {
      json.value(derivation);
    }
    json.end_array();
  }
  write_sources(json, figure.sources);
  json.end_object();
}

void write_rag(JsonWriter& json, const kpi::RagStatus& status) {
  json.begin_object();
  json.key("rag");
  json.value(templates::rag_name(status.rag));
  json.key("reason");
  json.value(status.reason);
  if (!status.sources.empty()) {
    write_sources(json, status.sources);
  }
  json.end_object();
}

// The figure against the indicator's target: the target's level and the gap, in what the
// numerator counts, as the dashboard shows them.
void write_target_standing(JsonWriter& json, const kpi::TargetStanding& standing,
                           const kpi::Figure& current, const templates::Indicator& indicator) {
  json.begin_object();
  json.key("level");
  json.value(standing.level);
  if (!standing.level) {
    json.key("unavailable_reason");
    json.value(standing.unavailable_reason);
  }
  json.key("gap");
  json.value(standing.gap);
  json.key("gap_unit");
  json.value(gap_unit(indicator));
  json.key("met");
  json.value(standing.met);
  json.key("explanation");
  json.value(describe_gap(standing, current, indicator));
  json.end_object();
}

void write_averages(JsonWriter& json, const std::vector<kpi::Average>& averages) {
  json.begin_array();
  for (const auto& average : averages) {
    json.begin_object();
    json.key("kind");
    json.value(templates::average_kind_name(average.kind));
    json.key("area");
    json.value(average.area_code);
    json.key("name");
    json.value(average.area_name);
    json.key("value");
    json.value(average.value);
    json.key("period");
    write_period(json, average.period);
    json.key("source");
    json.value(average.source.location().to_string());
    json.end_object();
  }
  json.end_array();
}

void write_comparators(JsonWriter& json, const kpi::IndicatorResult& result) {
  // The comparisons the template declares: a missing one of these is not available, and one
  // not declared does not apply.
  const templates::Comparators& declared = result.indicator->comparators;
  json.key("declared_comparisons");
  json.begin_array();
  if (!declared.most_similar_group.empty()) {
    json.value("most_similar_group");
  }
  if (!declared.counties.empty()) {
    json.value("counties");
  }
  json.end_array();
  json.key("most_similar_group_rank");
  if (result.most_similar_group) {
    json.value(
        fmt::format("{}/{}", result.most_similar_group->position, result.most_similar_group->of));
  } else {
    json.null();
  }
  json.key("county_comparison");
  if (result.county_standing) {
    json.value(kpi::county_standing_name(*result.county_standing));
  } else {
    json.null();
  }
  if (!result.comparators_reason.empty()) {
    json.key("comparators_reason");
    json.value(result.comparators_reason);
  }
  json.key("averages");
  write_averages(json, result.averages);
}

void write_trajectory(JsonWriter& json, const std::vector<kpi::TrajectoryPoint>& points) {
  json.begin_array();
  for (const auto& point : points) {
    json.begin_object();
    json.key("month");
    json.value(point.month.iso());
    json.key("value");
    json.value(point.value);
    json.end_object();
  }
  json.end_array();
}

void write_indicator(JsonWriter& json, const std::string& outcome,
                     const kpi::IndicatorResult& result,
                     const std::vector<kpi::District>& districts) {
  const templates::Indicator& indicator = *result.indicator;
  json.begin_object();
  json.key("outcome");
  json.value(outcome);
  json.key("id");
  json.value(indicator.id);
  json.key("label");
  json.value(indicator.label);
  json.key("polarity");
  json.value(templates::polarity_name(indicator.polarity));
  json.key("basis");
  json.value(templates::basis_name(indicator.basis));
  json.key("lag_quarters");
  json.value(static_cast<std::size_t>(indicator.lag_quarters));
  json.key("previous");
  write_figure(json, result.previous, indicator);
  json.key("current");
  write_figure(json, result.current, indicator);
  json.key("change");
  json.value(result.change);
  json.key("change_unit");
  json.value(result.change_in_points() ? "percentage points" : "per cent");
  json.key("count_change");
  json.value(result.count_change);
  if (indicator.target) {
    json.key("target");
    json.begin_object();
    json.key("description");
    json.value(indicator.target->describe(indicator.formula.is_percentage()));
    json.key("headline");
    write_target_standing(json, *result.target, result.current, indicator);
    json.end_object();
  }
  if (result.classification) {
    json.key("classification");
    json.begin_object();
    json.key("value");
    if (result.classification->value) {
      json.value(*result.classification->value);
    } else {
      json.null();
    }
    json.key("reason");
    json.value(result.classification->reason);
    write_sources(json, result.classification->sources);
    json.end_object();
  }
  json.key("direction");
  if (result.direction) {
    json.value(kpi::direction_name(*result.direction));
  } else {
    json.null();
  }
  json.key("judgement");
  json.value(kpi::judgement_name(result.judgement));
  json.key("progress");
  write_rag(json, result.rag);
  write_comparators(json, result);
  json.key("trajectory");
  write_trajectory(json, result.trajectory);
  json.key("districts");
  json.begin_array();
  for (std::size_t i = 0; i < result.districts.size(); ++i) {
    const kpi::DistrictFigure& district = result.districts[i];
    json.begin_object();
    json.key("label");
    json.value(district.label);
    json.key("area");
    json.value(district.area_code);
    if (i < districts.size()) {
      json.key("set");
      json.value(districts[i].set);
    }
    json.key("figure");
    write_figure(json, district.figure, indicator);
    json.key("previous");
    write_figure(json, district.previous, indicator);
    json.key("change");
    json.value(district.change);
    if (district.target) {
      json.key("target");
      write_target_standing(json, *district.target, district.figure, indicator);
    }
    if (district.interval) {
      json.key("interval_95");
      json.begin_array();
      json.value(district.interval->lower);
      json.value(district.interval->upper);
      json.end_array();
    }
    json.key("comparison_with_headline_area");
    json.value(kpi::comparison_name(district.comparison));
    json.end_object();
  }
  json.end_array();
  json.end_object();
}

// Every file the run read, each with its SHA-256: the returns, then the configuration.
void write_statement(JsonWriter& json, const Statement& statement) {
  json.begin_object();
  json.key("kind");
  json.value(templates::statement_kind(statement.kind).key);
  json.key("text");
  json.value(statement.text);
  json.key("rule");
  json.value(statement.rule);
  json.key("figures");
  json.begin_array();
  for (const auto& figure : statement.figures) {
    json.begin_object();
    json.key("name");
    json.value(figure.name);
    json.key("text");
    json.value(figure.text);
    json.key("value");
    json.value(figure.value);
    write_sources(json, figure.sources);
    json.end_object();
  }
  json.end_array();
  json.end_object();
}

void write_points(JsonWriter& json, const std::vector<IndicatorPoint>& points) {
  json.begin_array();
  for (const auto& point : points) {
    json.begin_object();
    json.key("indicator");
    json.value(point.indicator_id);
    json.key("statements");
    json.begin_array();
    for (const auto& statement : point.statements) {
      write_statement(json, statement);
    }
    json.end_array();
    json.end_object();
  }
  json.end_array();
}

// Every statement of the board report's draft, with the rule that licensed it and its figures'
// cells.
void write_narrative(JsonWriter& json, const Narrative& narrative) {
  json.begin_object();
  json.key("title");
  json.value(narrative.title);
  json.key("outcomes");
  json.begin_array();
  for (const auto& outcome : narrative.outcomes) {
    json.begin_object();
    json.key("name");
    json.value(outcome.name);
    json.key("points");
    write_points(json, outcome.points);
    json.end_object();
  }
  json.end_array();
  json.key("not_available");
  write_points(json, narrative.not_available);
  json.end_object();
}

void write_inputs(JsonWriter& json, const core::RunRecord& run) {
  json.key("inputs");
  json.begin_array();
  for (const auto& file : run.files) {
    json.begin_object();
    json.key("kind");
    json.value("return");
    json.key("file");
    json.value(file.name);
    json.key("sha256");
    json.value(file.sha256);
    json.key("mapping");
    json.value(file.mapping);
    json.key("observations");
    json.value(file.observations);
    json.key("cells_in_mapped_region");
    core::write_cell_account(json, file.cells_in_region);
    json.end_object();
  }
  for (const auto& file : run.configuration) {
    json.begin_object();
    json.key("kind");
    json.value(core::input_kind_name(file.kind));
    json.key("file");
    json.value(file.name);
    json.key("sha256");
    json.value(file.sha256);
    json.end_object();
  }
  json.end_array();
}

// The accounting invariant: every file in the folder read or reported, every mapped cell
// read, reported or left out.
void write_accounting(JsonWriter& json, const core::RunRecord& run,
                      const std::vector<core::Observation>& observations) {
  const core::CellAccount cells = run.cells();
  std::size_t rejected = 0;
  for (const auto& observation : observations) {
    rejected += observation.rejected_because ? 1 : 0;
  }
  json.key("accounting");
  json.begin_object();
  json.key("files_in_folder");
  json.value(run.folder.files);
  json.key("files_read");
  json.value(run.folder.read);
  json.key("files_reported");
  json.value(run.folder.reported);
  json.key("files_unaccounted");
  json.value(run.folder.unaccounted);
  json.key("cells_in_mapped_regions");
  core::write_cell_account(json, cells);
  json.key("figures");
  json.value(observations.size());
  json.key("figures_rejected");
  json.value(rejected);
  json.key("balanced");
  json.value(run.folder.balances() && cells.balances());
  json.end_object();
}

}  // namespace

std::string render_report_json(const kpi::DashboardModel& model, const core::RunRecord& run,
                               const std::vector<core::Observation>& observations,
                               const Narrative* narrative) {
  JsonWriter json;
  json.begin_object();
  json.key("scdash_version");
  json.value(SCDASH_VERSION);
  json.key("title");
  json.value(model.title);
  json.key("quarter");
  json.value(model.quarter.label());
  json.key("area");
  json.value(model.headline_area_name);
  json.key("current_period");
  write_period(json, model.current_period);
  json.key("previous_period");
  write_period(json, model.previous_period);

  write_inputs(json, run);
  write_accounting(json, run, observations);

  json.key("outcomes");
  json.begin_array();
  for (const auto& outcome : model.outcomes) {
    json.begin_object();
    json.key("name");
    json.value(outcome.name);
    json.key("overall");
    write_rag(json, outcome.overall);
    json.end_object();
  }
  json.end_array();

  json.key("indicators");
  json.begin_array();
  for (const auto& outcome : model.outcomes) {
    for (const auto& result : outcome.indicators) {
      write_indicator(json, outcome.name, result, model.districts);
    }
  }
  json.end_array();

  if (narrative != nullptr) {
    json.key("narrative");
    write_narrative(json, *narrative);
  }

  json.key("diagnostics");
  core::write_diagnostics(json, run.diagnostics);

  json.key("provenance");
  json.begin_array();
  for (const auto& observation : observations) {
    core::write_observation(json, observation);
  }
  json.end_array();
  json.end_object();
  return json.finish();
}

}  // namespace scdash::render
