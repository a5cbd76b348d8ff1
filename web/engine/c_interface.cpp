// The WebAssembly engine's interface to JavaScript: plain C functions over a PartnershipFolder,
// called through the module's exports by web/src/engine.js. Plain C rather than embind, whose
// glue compiles functions at run time (new Function), which the page's Content-Security-Policy
// forbids. Texts cross as NUL-terminated UTF-8; a returned text stays valid until the folder's
// next call.
#include <emscripten.h>

#include <string>

#include "partnership_folder.hpp"
#include "scdash/core/json_writer.hpp"
#include "scdash/core/report_shapes.hpp"

namespace {

// Hands a progress event, as one JSON object, to the page's Module.onProgress.
EM_JS(void, report_progress, (const char* event), {
  if (Module["onProgress"]) {
    Module["onProgress"](JSON.parse(UTF8ToString(event)));
  }
});

// Each event as {"event": "stage"|"file"|"diagnostic", ...}, as the page's progress bar takes it.
class ProgressToPage final : public scdash::run::Progress {
 public:
  void stage_started(scdash::run::Stage stage) override {
    scdash::core::JsonWriter json;
    json.begin_object();
    json.key("event");
    json.value("stage");
    json.key("stage");
    json.value(scdash::run::stage_name(stage));
    json.end_object();
    send(json);
  }
  void reading_file(std::size_t index, std::size_t count, std::string_view name) override {
    scdash::core::JsonWriter json;
    json.begin_object();
    json.key("event");
    json.value("file");
    json.key("index");
    json.value(index);
    json.key("count");
    json.value(count);
    json.key("name");
    json.value(name);
    json.end_object();
    send(json);
  }
  void diagnostic(const scdash::core::Diagnostic& diagnostic) override {
    scdash::core::JsonWriter json;
    json.begin_object();
    json.key("event");
    json.value("diagnostic");
    json.key("diagnostic");
    scdash::core::write_diagnostic(json, diagnostic);
    json.end_object();
    send(json);
  }

 private:
  static void send(scdash::core::JsonWriter& json) { report_progress(json.finish().c_str()); }
};

// A folder and the last text it answered with, which JavaScript reads before the next call.
struct Folder {
  scdash::web::PartnershipFolder files;
  std::string answer;
};

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE Folder* scdash_folder_new() {
  return new Folder;
}

EMSCRIPTEN_KEEPALIVE void scdash_folder_delete(Folder* folder) {
  delete folder;
}

// Takes `size` bytes at `bytes` as the file at `path`.
EMSCRIPTEN_KEEPALIVE void scdash_folder_add_file(Folder* folder, const char* path,
                                                 const char* bytes, std::size_t size) {
  folder->files.add_file(path, std::string(bytes, size));
}

// `quarter`: "" for the default; `narrative`: also the board report's draft; `publish`: also the
// copy to publish. The result's JSON (web/engine/partnership_folder.hpp).
EMSCRIPTEN_KEEPALIVE const char* scdash_folder_run(Folder* folder, const char* quarter, int strict,
                                                   int narrative, int publish) {
  ProgressToPage progress;
  folder->answer =
      folder->files.run({quarter, strict != 0, narrative != 0, publish != 0}, progress);
  return folder->answer.c_str();
}

// `mapping` and `display_name`: "" for the job's choice and the path.
EMSCRIPTEN_KEEPALIVE const char* scdash_folder_check(Folder* folder, const char* path,
                                                     const char* mapping,
                                                     const char* display_name) {
  folder->answer = folder->files.check(path, mapping, display_name);
  return folder->answer.c_str();
}

// `sheet`: "" for the first visible one.
EMSCRIPTEN_KEEPALIVE const char* scdash_folder_draft_mapping(Folder* folder, const char* path,
                                                             const char* display_name,
                                                             const char* sheet) {
  folder->answer = folder->files.draft_mapping(path, display_name, sheet);
  return folder->answer.c_str();
}

// The bytes of the folder's file at `path`, or null when there is none; their count in `size`.
EMSCRIPTEN_KEEPALIVE const char* scdash_folder_file(Folder* folder, const char* path,
                                                    std::size_t* size) {
  auto contents = folder->files.output(path);
  if (!contents) {
    *size = 0;
    return nullptr;
  }
  folder->answer = std::move(*contents);
  *size = folder->answer.size();
  return folder->answer.data();
}

}  // extern "C"
