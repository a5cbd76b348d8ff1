#include <catch2/catch.hpp>

#include "scdash/core/json_writer.hpp"

using scdash::core::JsonWriter;

TEST_CASE("JSON text is nested, indented and escaped") {
  JsonWriter json;
  json.begin_object();
  json.key("text");
  json.value("a \"quoted\" \\ line\nnext\x01");
  json.key("numbers");
  json.begin_array();
  json.value(0.1);
  json.value(std::size_t{42});
  json.value(std::optional<double>());
  json.value(1.0 / 0.0);
  json.end_array();
  json.key("empty");
  json.begin_object();
  json.end_object();
  json.key("flag");
  json.value(true);
  json.end_object();
  CHECK(json.finish() ==
        "{\n"
        "  \"text\": \"a \\\"quoted\\\" \\\\ line\\nnext\\u0001\",\n"
        "  \"numbers\": [\n"
        "    0.1,\n"
        "    42,\n"
        "    null,\n"
        "    null\n"
        "  ],\n"
        "  \"empty\": {},\n"
        "  \"flag\": true\n"
        "}\n");
}

TEST_CASE("numbers are written so that they read back as the same double") {
  JsonWriter json;
  json.begin_array();
  json.value(519.24750807244143);
  json.value(-7.894736842105263);
  json.value(1e-300);
  json.end_array();
  CHECK(json.finish() == "[\n  519.2475080724414,\n  -7.894736842105263,\n  1e-300\n]\n");
}
