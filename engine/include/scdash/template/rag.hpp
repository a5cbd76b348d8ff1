// RAG: the Red, Amber, Green (or grey: not judged) status of an indicator or an outcome, and
// the words for it. A template's rule computes it; a partner may also set it by hand.
//
//   const auto rag = scdash::templates::parse_rag_text(" amber ");  // Rag::amber
//   scdash::templates::rag_name(*rag);                               // "Amber"
#pragma once

#include <optional>
#include <string_view>

namespace scdash::templates {

enum class Rag { red, amber, green, grey };

std::string_view rag_name(Rag rag);  // "Red", "Amber", "Green", "Grey"

// A RAG as a partner writes it by hand: R, A or G, or Red, Amber or Green, in any case and with
// spaces around; nullopt for anything else ("Purple", "3", "").
std::optional<Rag> parse_rag_text(std::string_view text);

}  // namespace scdash::templates
