// Progress: what the engine reports while a job runs, so that each front end shows it in its own
// way (a redrawn line on a terminal, a progress bar in the page) and the engine never prints.
// As ninja's builder reports to its Status, which the terminal printer implements.
//
//   class Bar final : public scdash::run::Progress {
//     void reading_file(std::size_t index, std::size_t count, std::string_view name) override {
//       show(index, count, name);
//     }
//   };
#pragma once

#include <cstddef>
#include <string_view>

#include "scdash/core/diagnostic.hpp"

namespace scdash::run {

// The stages of a job, in the order they run; writing is write_outputs()'s.
enum class Stage { configuration, reading, validation, computation, rendering, writing };

std::string_view stage_name(Stage stage);  // "configuration", "reading", ...

// Every call has a default that does nothing: a front end overrides what it shows.
class Progress {
 public:
  virtual ~Progress() = default;

  virtual void stage_started(Stage /*stage*/) {}
  // `seconds`: how long the stage took.
  virtual void stage_finished(Stage /*stage*/, double /*seconds*/) {}
  // Before each return is read: its position counting from 1, how many there are, its name.
  virtual void reading_file(std::size_t /*index*/, std::size_t /*count*/,
                            std::string_view /*name*/) {}
  // Each diagnostic as it arises, in the order the result lists them.
  virtual void diagnostic(const core::Diagnostic& /*diagnostic*/) {}
};

}  // namespace scdash::run
