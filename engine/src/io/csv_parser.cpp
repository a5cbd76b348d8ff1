// The CSV state machine and delimiter detection.
#include "io/csv_parser.hpp"

#include <algorithm>
#include <array>
#include <map>

namespace scdash::io::detail {
namespace {

constexpr std::array<char, 3> kDelimiters = {',', ';', '\t'};
// Enough lines to see a pattern, few enough that a title row or two cannot outvote the table.
constexpr std::size_t kSampleLines = 20;

// How often each candidate delimiter occurs outside quotes on each non-blank line.
std::vector<std::array<std::size_t, kDelimiters.size()>> count_delimiters(std::string_view sample,
                                                                          bool complete) {
  std::vector<std::array<std::size_t, kDelimiters.size()>> lines;
  std::array<std::size_t, kDelimiters.size()> counts{};
  bool quoted = false;
  bool blank = true;
  for (const char c : sample) {
    if (lines.size() == kSampleLines) {
      return lines;
    }
    if (c == '"') {
      quoted = !quoted;  // a doubled quote toggles twice, which is right
    } else if (!quoted && (c == '\n' || c == '\r')) {
      if (!blank) {
        lines.push_back(counts);
      }
      counts = {};
      blank = true;
      continue;
    } else if (!quoted) {
      const auto found = std::find(kDelimiters.begin(), kDelimiters.end(), c);
      if (found != kDelimiters.end()) {
        ++counts[static_cast<std::size_t>(found - kDelimiters.begin())];
      }
    }
    blank = false;
  }
  if (complete && !blank && lines.size() < kSampleLines) {
    lines.push_back(counts);
  }
  return lines;
}

}  // namespace

char detect_delimiter(std::string_view sample, bool complete) {
  const auto lines = count_delimiters(sample, complete);
  char best = kDelimiters[0];
  std::size_t best_agreeing = 0;
  std::size_t best_count = 0;
  for (std::size_t d = 0; d < kDelimiters.size(); ++d) {
    // The count most lines share, ignoring lines without the delimiter.
    std::map<std::size_t, std::size_t> lines_by_count;
    for (const auto& counts : lines) {
      if (counts[d] > 0) {
        ++lines_by_count[counts[d]];
      }
    }
    for (const auto& [count, agreeing] : lines_by_count) {
      // More agreeing lines wins; then more fields; then the earlier candidate.
      if (agreeing > best_agreeing || (agreeing == best_agreeing && count > best_count)) {
        best = kDelimiters[d];
        best_agreeing = agreeing;
        best_count = count;
      }
    }
  }
  return best;
}

CsvParser::CsvParser(char delimiter, std::size_t max_field_bytes, std::size_t max_fields)
    : delimiter_(delimiter), max_field_bytes_(max_field_bytes), max_fields_(max_fields) {}

CsvParser::Stop CsvParser::fail(Stop why) {
  stop_record_ = why == Stop::unterminated_quote ? quote_record_ : record_;
  stop_field_ = static_cast<std::uint32_t>(used_fields_ > 0 ? used_fields_ - 1 : 0);
  return why;
}

// Opens the next field; false when the record already has as many as allowed.
bool CsvParser::end_field() {
  if (used_fields_ == max_fields_) {
    return false;
  }
  if (used_fields_ == fields_.size()) {
    fields_.emplace_back();
  }
  fields_[used_fields_++].clear();
  return true;
}

CsvParser::Stop CsvParser::end_record(const RecordHandler& on_record) {
  const bool go_on = on_record(std::span<const std::string>(fields_.data(), used_fields_), record_);
  ++record_;
  used_fields_ = 0;
  state_ = State::field_start;
  return go_on ? Stop::none : fail(Stop::handler);
}

CsvParser::Stop CsvParser::feed(std::string_view text, const RecordHandler& on_record) {
  for (const char c : text) {
    if (after_cr_) {
      after_cr_ = false;
      if (c == '\n') {
        continue;
      }
    }
    if (state_ == State::field_start && used_fields_ == 0 && !end_field()) {
      return fail(Stop::too_many_fields);
    }
    std::string& field = fields_[used_fields_ - 1];
    switch (state_) {
      case State::field_start:
        if (c == '"') {
          state_ = State::quoted;
          quote_record_ = record_;
          continue;
        }
        state_ = State::unquoted;
        [[fallthrough]];
      case State::unquoted:
      case State::quote_in_quoted:
        if (c == delimiter_) {
          if (!end_field()) {
            return fail(Stop::too_many_fields);
          }
          state_ = State::field_start;
          continue;
        }
        if (c == '\n' || c == '\r') {
          after_cr_ = c == '\r';
          if (const Stop stop = end_record(on_record); stop != Stop::none) {
            return stop;
          }
          continue;
        }
        if (c == '"' && state_ == State::quote_in_quoted) {
          state_ = State::quoted;  // a doubled quote inside quotes is one quote
        } else {
          state_ = State::unquoted;  // text after a closing quote is kept, as Excel keeps it
        }
        field += c;
        break;
      case State::quoted:
        if (c == '"') {
          state_ = State::quote_in_quoted;
          continue;
        }
        field += c;
        break;
    }
    if (field.size() > max_field_bytes_) {
      return fail(Stop::field_too_long);
    }
  }
  return Stop::none;
}

CsvParser::Stop CsvParser::finish(const RecordHandler& on_record) {
  if (state_ == State::quoted) {
    return fail(Stop::unterminated_quote);
  }
  // A last line without a line break is still a record; nothing after a final break is.
  if (used_fields_ > 0) {
    return end_record(on_record);
  }
  return Stop::none;
}

}  // namespace scdash::io::detail
