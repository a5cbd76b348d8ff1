// The WebAssembly engine from JavaScript: a partnership folder held in the engine's memory, the
// quarter's job run on it and one return checked, as web/engine/c_interface.cpp offers them.
// Used by the page's worker and by the tests under Node.

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

  // The job's result (web/engine/partnership_folder.hpp): quarter "" for the default.
  run({ quarter = "", strict = false } = {}) {
    return this.withText(quarter, (quarterPointer) =>
      JSON.parse(
        this.module.UTF8ToString(
          this.module._scdash_folder_run(this.folder, quarterPointer, strict ? 1 : 0),
        ),
      ),
    );
  }

  // One return through its mapping: `mapping` "" for the one the job would choose.
  check(path, mapping = "") {
    return this.withText(path, (pathPointer) =>
      this.withText(mapping, (mappingPointer) =>
        JSON.parse(
          this.module.UTF8ToString(
            this.module._scdash_folder_check(this.folder, pathPointer, mappingPointer),
          ),
        ),
      ),
    );
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

  // Calls `use` with `text` as a NUL-terminated UTF-8 string in the engine's memory.
  withText(text, use) {
    const bytes = encoder.encode(text);
    const pointer = this.module._malloc(bytes.length + 1);
    try {
      this.module.HEAPU8.set(bytes, pointer);
      this.module.HEAPU8[pointer + bytes.length] = 0;
      return use(pointer);
    } finally {
      this.module._free(pointer);
    }
  }
}
