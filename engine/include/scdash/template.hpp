// The template module: a dashboard as its BI team declares it in YAML, with no code: the
// indicator catalogue (dashboard.yaml) and the layout (layout.yaml). Its namespace is
// `templates`, since `template` is a keyword.
//
//   const auto catalogue = scdash::templates::load_catalogue(disk, folder, diagnostics);
//   const auto layout = scdash::templates::load_layout(disk, folder, diagnostics);
#pragma once

#include "scdash/template/catalogue.hpp"
#include "scdash/template/indicator_periods.hpp"
#include "scdash/template/layout.hpp"
#include "scdash/template/narrative_wording.hpp"
#include "scdash/template/placeholders.hpp"
#include "scdash/template/rag.hpp"
#include "scdash/template/validation_settings.hpp"
