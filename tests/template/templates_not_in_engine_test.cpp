// "A new dashboard is a YAML edit": no C++ type, switch or string in the engine names a shipped
// template's indicators. Each template's ids (as quoted strings), labels, narrative names and
// title are looked for in the code of every engine source and header; comments, which quote
// them as examples, are left out.
#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>

#include "scdash/platform/disk_file_system.hpp"
#include "scdash/template/catalogue.hpp"
#include "support/describe.hpp"

using namespace scdash;
namespace fs = std::filesystem;

namespace {

struct SourceFile {
  std::string path;
  std::string text;
};

std::vector<SourceFile> engine_sources() {
  std::vector<SourceFile> files;
  for (const auto& entry : fs::recursive_directory_iterator(SCDASH_SOURCE_DIR "/engine")) {
    const std::string extension = entry.path().extension().string();
    if (entry.is_regular_file() && (extension == ".cpp" || extension == ".hpp")) {
      std::ifstream in(entry.path(), std::ios::binary);
      std::string code;
      for (std::string line; std::getline(in, line);) {
        code += line.substr(0, line.find("//")) + "\n";
      }
      files.push_back({entry.path().string(), std::move(code)});
    }
  }
  return files;
}

// What a template names its dashboard and indicators by: ids as the code would quote them.
std::vector<std::string> names_in(const templates::Catalogue& catalogue) {
  std::vector<std::string> names = {catalogue.title};
  for (const auto& outcome : catalogue.outcomes) {
    names.push_back(outcome.name);
    for (const auto& indicator : outcome.indicators) {
      names.push_back('"' + indicator.id + '"');
      names.push_back(indicator.label);
      if (!indicator.narrative_name.empty()) {
        names.push_back(indicator.narrative_name);
      }
    }
  }
  return names;
}

}  // namespace

TEST_CASE("the engine names no shipped template's dashboard, outcomes or indicators") {
  const auto disk = platform::make_disk_file_system();
  const std::vector<SourceFile> sources = engine_sources();
  REQUIRE(sources.size() > 100);
  std::size_t templates_checked = 0;
  std::vector<std::string> named;
  for (const auto& folder : fs::directory_iterator(SCDASH_SOURCE_DIR "/workbook-templates")) {
    core::Diagnostics diagnostics;
    const auto catalogue = templates::load_catalogue(*disk, folder.path(), diagnostics);
    INFO(folder.path().string() << "\n" << testing::describe(diagnostics));
    REQUIRE(catalogue);
    ++templates_checked;
    for (const std::string& name : names_in(*catalogue)) {
      for (const SourceFile& source : sources) {
        if (source.text.find(name) != std::string::npos) {
          named.push_back(source.path + " names " + name);
        }
      }
    }
  }
  CHECK(templates_checked == 2);
  CHECK(named == std::vector<std::string>{});
}
