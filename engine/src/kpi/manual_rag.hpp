// What a partner sets by hand in a return: a RAG, with its reason, and a classification (the
// force's "High", "Medium" or "Low" on its emergent scorecard).
#pragma once

#include <string>
#include <string_view>

#include "kpi/observation_index.hpp"
#include "scdash/core/period.hpp"
#include "scdash/kpi/model.hpp"
#include "scdash/template/catalogue.hpp"

namespace scdash::kpi {

// The RAG the return gives for `area` for `quarter` (a figure whose period ends in one of the
// quarter's months; the latest when there are several), with the reason its reason measure
// gives for the same period. Grey, saying why, when none is given, when the return marks it not
// available, or when its text is not a RAG (which validation reports as rag-invalid).
RagStatus manual_rag(const templates::ManualRule& rule, const ObservationIndex& index,
                     std::string_view area, core::FinancialQuarter quarter);

// The classification the return gives in `measure` for `area` for `quarter`, as manual_rag
// finds a RAG: one of the catalogue's classifications, spelled as the template spells it; none,
// saying why, when it is missing, not available or not one of them.
Classification manual_classification(const std::string& measure,
                                     const templates::Catalogue& catalogue,
                                     const ObservationIndex& index, std::string_view area,
                                     core::FinancialQuarter quarter);

}  // namespace scdash::kpi
