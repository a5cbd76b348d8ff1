// The words scdash uses for its enumerations, in messages, notes and report.json.
#include "scdash/kpi/catalogue.hpp"
#include "scdash/kpi/model.hpp"

namespace scdash::kpi {

std::string_view polarity_name(Polarity polarity) {
  switch (polarity) {
    case Polarity::higher_is_better:
      return "higher is better";
    case Polarity::lower_is_better:
      return "lower is better";
    case Polarity::none:
      break;
  }
  return "no polarity";
}

std::string_view direction_name(Direction direction) {
  switch (direction) {
    case Direction::up:
      return "up";
    case Direction::down:
      return "down";
    case Direction::stable:
      break;
  }
  return "stable";
}

std::string_view judgement_name(Judgement judgement) {
  switch (judgement) {
    case Judgement::better:
      return "better";
    case Judgement::worse:
      return "worse";
    case Judgement::no_judgement:
      break;
  }
  return "no judgement";
}

std::string_view comparison_name(Comparison comparison) {
  switch (comparison) {
    case Comparison::better:
      return "better";
    case Comparison::similar:
      return "similar";
    case Comparison::worse:
      return "worse";
    case Comparison::lower:
      return "lower";
    case Comparison::higher:
      return "higher";
    case Comparison::not_compared:
      break;
  }
  return "not compared";
}

std::string_view basis_name(Basis basis) {
  switch (basis) {
    case Basis::rolling_12_months:
      return "rolling 12 months";
    case Basis::quarter:
      return "quarter";
    case Basis::financial_year_to_date:
      return "financial year to date";
    case Basis::latest:
      break;
  }
  return "latest reported value";
}

std::string_view rag_name(Rag rag) {
  switch (rag) {
    case Rag::red:
      return "Red";
    case Rag::amber:
      return "Amber";
    case Rag::green:
      return "Green";
    case Rag::grey:
      break;
  }
  return "Grey";
}

std::string_view rag_letter(Rag rag) {
  return rag == Rag::grey ? "" : rag_name(rag).substr(0, 1);
}

std::string_view average_kind_name(AverageKind kind) {
  return kind == AverageKind::regional ? "regional" : "national";
}

std::string_view county_standing_name(CountyStanding standing) {
  switch (standing) {
    case CountyStanding::top:
      return "Top";
    case CountyStanding::average:
      return "Average";
    case CountyStanding::bottom:
      break;
  }
  return "Bottom";
}

}  // namespace scdash::kpi
