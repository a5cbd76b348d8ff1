#include "scdash/run/progress.hpp"

namespace scdash::run {

std::string_view stage_name(Stage stage) {
  switch (stage) {
    case Stage::configuration:
      return "configuration";
    case Stage::reading:
      return "reading";
    case Stage::validation:
      return "validation";
    case Stage::computation:
      return "computation";
    case Stage::rendering:
      return "rendering";
    case Stage::writing:
      break;
  }
  return "writing";
}

}  // namespace scdash::run
