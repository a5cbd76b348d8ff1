// JsonWriter: writes JSON text a value at a time, escaping strings and keeping numbers exact.
//
// The escaping and the number form are also offered alone, for writers of one-line JSON records
// (`scdash cat`), so that every JSON scdash prints escapes text in this one place.
//
//   scdash::core::JsonWriter json;
//   json.begin_object(); json.key("figures"); json.value(std::size_t{5257}); json.end_object();
//   const std::string text = json.finish();  // {"figures": 5257}
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace scdash::core {

// Appends `text` as a JSON string, quotes included.
void append_json_string(std::string& out, std::string_view text);
// Appends the shortest text that reads back as the same double; null if not finite.
void append_json_number(std::string& out, double number);

class JsonWriter {
 public:
  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  // Inside an object, names the next value.
  void key(std::string_view name);

  void value(std::string_view text);
  void value(const char* text) { value(std::string_view(text)); }
  void value(
      double number);  // shortest text that reads back as the same double; null if not finite
  void value(std::size_t number);
  void value(bool flag);
  void null();
  // A number, or null when absent.
  void value(const std::optional<double>& number);

  // The document, ending with a newline.
  std::string finish();

 private:
  void before_value();
  void close(char bracket);
  void newline();

  std::string out_;
  // One entry per open object or array: whether it has had a member yet.
  std::vector<bool> has_members_;
  bool after_key_ = false;
};

}  // namespace scdash::core
