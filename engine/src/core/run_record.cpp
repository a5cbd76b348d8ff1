#include "scdash/core/run_record.hpp"

namespace scdash::core {

std::string_view input_kind_name(InputKind kind) {
  switch (kind) {
    case InputKind::mapping:
      return "mapping";
    case InputKind::dashboard_template:
      return "template";
    case InputKind::reference:
      return "reference";
  }
  return "mapping";
}

}  // namespace scdash::core
