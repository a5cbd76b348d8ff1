// The words scdash uses for its enumerations, in messages, notes and report.json.
#include "scdash/kpi/model.hpp"
#include "scdash/template/catalogue.hpp"

namespace scdash::kpi {

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
