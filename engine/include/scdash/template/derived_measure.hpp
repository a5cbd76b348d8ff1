// DerivedMeasure: a measure the template makes from others where no return gives it, such as
// ASB incidents as the sum of their categories when a partner's export has no total.
//
// Declared in dashboard.yaml's `measures:`; computing adds up the parts over an indicator's
// months exactly as it adds up a measure a return gives, and a figure made from one lists every
// cell of every part (docs/template.md, "Derived measures").
//
//   measures:
//     asb.total: {sum: [asb.personal, asb.nuisance, asb.environmental]}
//     crime.excluding_fraud: {difference: [crime.total, crime.fraud]}
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace scdash::templates {

struct DerivedMeasure {
  enum class Operation {
    sum,         // the parts added together
    difference,  // the first part less the others
  };
  std::string measure;
  Operation operation = Operation::sum;
  std::vector<std::string> parts;
  int line = 0;  // where dashboard.yaml declares it

  // "asb.total = asb.personal + asb.nuisance + asb.environmental"
  std::string formula() const;
};

// How `measure` is derived among `derived`, or nullptr when it is not.
const DerivedMeasure* find_derivation(const std::vector<DerivedMeasure>& derived,
                                      std::string_view measure);

}  // namespace scdash::templates
