// The words scdash uses for the template's enumerations, in messages, notes and report.json.
#include <cctype>
#include <string>

#include "scdash/core/text.hpp"
#include "scdash/template/catalogue.hpp"
#include "scdash/template/rag.hpp"

namespace scdash::templates {

std::string_view polarity_name(Polarity polarity) {
  switch (polarity) {
    case Polarity::higher_is_better:
      return "higher is better";
    case Polarity::lower_is_better:
      return "lower is better";
    case Polarity::none:
      break;
  }
  return "no polarity";
}

std::string_view basis_name(Basis basis) {
  switch (basis) {
    case Basis::rolling_12_months:
      return "rolling 12 months";
    case Basis::quarter:
      return "quarter";
    case Basis::financial_year_to_date:
      return "financial year to date";
    case Basis::latest:
      break;
  }
  return "latest reported value";
}
std::string_view average_kind_name(AverageKind kind) {
  return kind == AverageKind::regional ? "regional" : "national";
}

std::string_view rag_name(Rag rag) {
  switch (rag) {
    case Rag::red:
      return "Red";
    case Rag::amber:
      return "Amber";
    case Rag::green:
      return "Green";
    case Rag::grey:
      break;
  }
  return "Grey";
}

std::optional<Rag> parse_rag_text(std::string_view text) {
  std::string lower;
  for (const char c : core::trim(text)) {
    lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  for (const Rag rag : {Rag::red, Rag::amber, Rag::green}) {
    std::string name(rag_name(rag));
    name[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(name[0])));
    if (lower == name || lower == name.substr(0, 1)) {
      return rag;
    }
  }
  return std::nullopt;
}

}  // namespace scdash::templates
