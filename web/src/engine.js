// The WebAssembly engine from JavaScript: a partnership folder held in the engine's memory, the
// quarter's job run on it, one return checked and a mapping drafted for one, as
// web/engine/c_interface.cpp offers them. Used by the workers of the page and the Excel add-in,
// and by the tests under Node.

const encoder = new TextEncoder();

export class Engine {
  // `module`: an instance of the emscripten module (createScdashEngine()).
  constructor(module) {
    this.module = module;
    this.folder = module._scdash_folder_new();
  }

  // Called with each progress event: {event: "stage", stage}, {event: "file", index, count,
  // name} or {event: "diagnostic", diagnostic}.
  set onProgress(listener) {
    this.module.onProgress = listener;
  }

  addFile(path, bytes) {
    this.withText(path, (pathPointer) => {
      const pointer = this.module._malloc(Math.max(bytes.length, 1));
      try {
        this.module.HEAPU8.set(bytes, pointer);
        this.module._scdash_folder_add_file(this.folder, pathPointer, pointer, bytes.length);
      } finally {
        this.module._free(pointer);
      }
    });
  }

  // The job's result (web/engine/partnership_folder.hpp): quarter "" for the default;
  // narrative, also the board report's draft; publish, also the copy to publish.
  run({ quarter = "", strict = false, narrative = false, publish = false } = {}) {
    return this.withText(quarter, (quarterPointer) =>
      JSON.parse(
        this.module.UTF8ToString(
          this.module._scdash_folder_run(
            this.folder,
            quarterPointer,
            strict ? 1 : 0,
            narrative ? 1 : 0,
            publish ? 1 : 0,
          ),
        ),
      ),
    );
  }

  // One return through its mapping: `mapping` "" for the one the job would choose;
  // `displayName` names the file in the problems ("" for its path).
  check(path, mapping = "", displayName = "") {
    return this.call("_scdash_folder_check", path, mapping, displayName);
  }

  // A starting mapping for the return at `path`: {yaml (null when none could be made),
  // diagnostics}. `sheet` "" for the first visible one.
  draftMapping(path, displayName = "", sheet = "") {
    return this.call("_scdash_folder_draft_mapping", path, displayName, sheet);
  }

  // A copy of the folder's file at `path` (an output of run()), or null when there is none.
  file(path) {
    return this.withText(path, (pathPointer) => {
      const sizePointer = this.module._malloc(4);
      try {
        const data = this.module._scdash_folder_file(this.folder, pathPointer, sizePointer);
        if (data === 0) {
          return null;
        }
        const size = this.module.getValue(sizePointer, "i32") >>> 0;
        return this.module.HEAPU8.slice(data, data + size);
      } finally {
        this.module._free(sizePointer);
      }
    });
  }

  close() {
    this.module._scdash_folder_delete(this.folder);
    this.folder = 0;
  }

  // Calls the export `name` with the folder and `texts`, and reads the JSON it answers with.
  call(name, ...texts) {
    const pointers = [];
    try {
      for (const text of texts) {
        pointers.push(this.textInMemory(text));
      }
      return JSON.parse(this.module.UTF8ToString(this.module[name](this.folder, ...pointers)));
    } finally {
      pointers.forEach((pointer) => this.module._free(pointer));
    }
  }

  // Calls `use` with `text` as a NUL-terminated UTF-8 string in the engine's memory.
  withText(text, use) {
    const pointer = this.textInMemory(text);
    try {
      return use(pointer);
    } finally {
      this.module._free(pointer);
    }
  }

  // `text` as a NUL-terminated UTF-8 string in the engine's memory, for the caller to free.
  textInMemory(text) {
    const bytes = encoder.encode(text);
    const pointer = this.module._malloc(bytes.length + 1);
    this.module.HEAPU8.set(bytes, pointer);
    this.module.HEAPU8[pointer + bytes.length] = 0;
    return pointer;
  }
}
