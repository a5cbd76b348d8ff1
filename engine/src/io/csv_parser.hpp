// CsvParser: RFC 4180 records read from UTF-8 text fed in chunks of any size.
//
// Fields may be quoted; a quoted field holds delimiters, line breaks (CRLF, LF or CR alone) and
// doubled quotes. As in Excel, a quote inside an unquoted field is an ordinary character, and
// text after a closing quote is kept. Every line is a record, blank ones included, so a record's
// index is the row Excel shows it in. Only one record is held in memory at a time, and a field is
// refused once it grows past what any cell can hold, so a broken file cannot exhaust memory.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace scdash::io::detail {

// The delimiter of CSV text: whichever of comma, semicolon and tab occurs the same number of
// times, outside quoted text, on the most of the first lines of `sample`; a comma when none
// occurs at all. The sample's last line is ignored unless `complete` says the text ends there.
char detect_delimiter(std::string_view sample, bool complete);

class CsvParser {
 public:
  // Why parsing stopped before the end of the text.
  enum class Stop { none, handler, field_too_long, too_many_fields, unterminated_quote };

  // Called with each record's fields (empty fields included) and its 0-based index; returns false
  // to stop.
  using RecordHandler =
      std::function<bool(std::span<const std::string> fields, std::uint32_t index)>;

  // A field longer than `max_field_bytes`, or a record of more than `max_fields` fields, stops
  // parsing.
  CsvParser(char delimiter, std::size_t max_field_bytes, std::size_t max_fields);

  // Parses the next piece of text; says why it stopped, or Stop::none to ask for more.
  Stop feed(std::string_view text, const RecordHandler& on_record);
  // At the end of the text: hands over a last record with no line break after it.
  Stop finish(const RecordHandler& on_record);

  // Where parsing stopped: the record and field (both 0-based) being read; for an unterminated
  // quote, where the quoted field began.
  std::uint32_t record_index() const { return stop_record_; }
  std::uint32_t field_index() const { return stop_field_; }

 private:
  enum class State { field_start, unquoted, quoted, quote_in_quoted };

  bool end_field();
  Stop end_record(const RecordHandler& on_record);
  Stop fail(Stop why);

  char delimiter_;
  std::size_t max_field_bytes_;
  std::size_t max_fields_;
  State state_ = State::field_start;
  bool after_cr_ = false;  // a CR ended the last record; a LF right after it belongs to it
  // The record's fields are fields_[0, used_fields_); the strings beyond are buffers kept from
  // longer records, so that a long file costs no allocation per field.
  std::vector<std::string> fields_;
  std::size_t used_fields_ = 0;
  std::uint32_t record_ = 0;
  std::uint32_t quote_record_ = 0;  // where the open quoted field began
  std::uint32_t stop_record_ = 0;
  std::uint32_t stop_field_ = 0;
};

}  // namespace scdash::io::detail
