#include <catch2/catch.hpp>

#include <csignal>

#include "platform/deferred_interrupts.hpp"
#include "scdash/platform/interrupts.hpp"

TEST_CASE("an interrupt while outputs are written takes effect once they are") {
  const std::atomic<bool>& interrupted = scdash::platform::catch_interrupts();
  REQUIRE_FALSE(interrupted);
  {
    const scdash::platform::DeferredInterrupts deferred;
    std::raise(SIGINT);
    CHECK_FALSE(interrupted);  // held back while the guard stands
  }
  CHECK(interrupted);
}
