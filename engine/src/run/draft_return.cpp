#include "scdash/run/draft_return.hpp"

#include "scdash/io/workbook.hpp"
#include "scdash/mapping/draft.hpp"
#include "scdash/mapping/load.hpp"

namespace scdash::run {

DraftResult draft_return_mapping(core::FileSystem& file_system, const DraftRequest& request) {
  DraftResult result;
  // Without the reference data the draft still works; it just recognises no area names.
  const mapping::ReferenceData reference = mapping::load_reference(
      file_system, request.mappings_folder / "reference", result.diagnostics);
  auto workbook = io::open_workbook(file_system, request.file, request.display_name);
  if (!workbook) {
    result.diagnostics.push_back(workbook.error());
    return result;
  }
  auto draft =
      mapping::draft_mapping(**workbook, request.display_name, request.sheet, reference.areas);
  if (!draft) {
    result.diagnostics.push_back(draft.error());
    return result;
  }
  result.yaml = std::move(*draft);
  return result;
}

}  // namespace scdash::run
