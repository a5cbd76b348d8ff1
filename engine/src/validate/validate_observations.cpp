#include "scdash/validate.hpp"

#include "validate/rule_context.hpp"

namespace scdash::validate {

Validation validate_observations(const ValidationInputs& inputs) {
  Validation validation;
  RuleContext context(inputs, validation);
  // Errors first, so that later rules do not judge what an error has rejected.
  check_types(context);
  check_consistency(context);
  check_coverage(context);
  check_plausibility(context);
  check_reference_data(context);
  return validation;
}

void apply_rejections(const std::vector<Rejection>& rejections,
                      std::vector<core::Observation>& observations) {
  for (const auto& rejection : rejections) {
    core::Observation& observation = observations.at(rejection.observation);
    if (!observation.rejected_because) {
      observation.rejected_because = rejection.reason;
    }
  }
}

}  // namespace scdash::validate
