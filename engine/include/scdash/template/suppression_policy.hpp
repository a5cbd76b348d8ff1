// SuppressionPolicy: the small counts a published copy hides (disclosure control), from the
// template's `suppression:` and an indicator's own (docs/publishing.md).
//
//   const SuppressionPolicy policy = catalogue.suppression_for(indicator);
//   policy.hides(4);  // true below the default threshold of 5
#pragma once

namespace scdash::templates {

struct SuppressionPolicy {
  // A count of at least 1 and below this is suppressed: local practice commonly hides 1 to 4,
  // and under 10 for sensitive topics.
  double below = 5;
  bool zeros = false;  // a zero is suppressed too, where even "none" would disclose

  bool hides(double count) const { return (count > 0 || zeros) && count < below; }
};

}  // namespace scdash::templates
