// Whatever bytes partners' text holds, the outputs stay readable: random byte strings as a
// return's name and as a cell's text are run through the whole job, and every XML part of the
// dashboard must be well-formed and report.json one JSON document in UTF-8.
#include <catch2/catch.hpp>

#include <random>
#include <string>

#include <fmt/format.h>

#include "run/run_fixture.hpp"
#include "support/output_checks.hpp"

using namespace scdash;
using testing::RunFixture;

namespace {

// A byte string of up to 40 bytes, weighted towards what breaks outputs: C0 and C1 controls,
// DEL, U+FFFE and U+FFFF, surrogates and bytes that begin no UTF-8 character, among letters.
std::string random_partner_text(std::mt19937& random) {
  static const std::string kPieces[] = {"\x01",
                                        "\x1b[31m",
                                        "\x0b",
                                        "\x7f",
                                        "\n",
                                        "\r",
                                        "\t",
                                        "\xc2\x9b",
                                        "\xef\xbf\xbe",
                                        "\xef\xbf\xbf",
                                        "\xed\xa0\x80",
                                        "\xff\xfe",
                                        "\xc3",
                                        "\x80",
                                        "\xf4\x90\x80\x80",
                                        "&",
                                        "<",
                                        "]]>",
                                        "\"",
                                        "\\",
                                        "_x0001_",
                                        "Blaby",
                                        "\xc3\xa9",
                                        "\xe2\x82\xac",
                                        ",",
                                        " "};
  std::uniform_int_distribution<std::size_t> count(0, 12);
  std::uniform_int_distribution<std::size_t> piece(0, std::size(kPieces) - 1);
  std::uniform_int_distribution<int> byte(0, 255);
  std::string text;
  for (std::size_t i = count(random); i > 0; --i) {
    if (piece(random) % 4 == 0) {
      text += static_cast<char>(byte(random));
    } else {
      text += kPieces[piece(random)];
    }
  }
  return text;
}

// The bytes, printable ASCII as itself and the rest as \xHH, for a failing trial's message.
std::string shown(const std::string& bytes) {
  std::string text;
  for (const char c : bytes) {
    const auto byte = static_cast<unsigned char>(c);
    text += byte >= 0x20 && byte < 0x7f ? std::string(1, c) : fmt::format("\\x{:02x}", byte);
  }
  return text;
}

}  // namespace

TEST_CASE(
    "any bytes in a return's name or a cell leave the dashboard's XML and report.json valid") {
  std::mt19937 random(20261202);
  for (int trial = 0; trial < 150; ++trial) {
    const std::string cell = random_partner_text(random);
    std::string name = random_partner_text(random);
    std::erase_if(name, [](char c) { return c == '/' || c == '\0'; });
    INFO("cell " << shown(cell) << ", name " << shown(name));
    RunFixture fixture;
    fixture.disk.add_file(RunFixture::kReturn, fixture.return_with_blaby(5, cell));
    fixture.disk.add_file("returns/" + name + "notes.txt", "a file no mapping reads");
    testing::RecordingProgress progress;
    const run::RunResult result = run::run(fixture.disk, fixture.request(), progress);
    REQUIRE(result.stop == run::Stop::none);
    REQUIRE(result.outputs.size() == 2);
    CHECK(testing::malformed_workbook_parts(result.outputs[0].bytes).empty());
    CHECK(testing::json_problem(result.outputs[1].bytes) == std::nullopt);
  }
}
