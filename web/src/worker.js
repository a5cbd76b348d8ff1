// The worker of the page and the Excel add-in: the engine runs here, so that neither freezes
// while a quarter is read. Messages in: {type: "load", files}, {type: "add", path, bytes} (one
// more file for the folder held), {type: "run", choices}, {type: "check", path, mapping,
// displayName}, {type: "draft", path, displayName}. Messages out: {type: "progress", event},
// {type: "loaded"}, {type: "added"}, {type: "ran", result, outputs: [{path, bytes}]},
// {type: "checked", result}, {type: "drafted", result}, {type: "failed", message, lost} (lost:
// the engine aborted, and the folder must be given again).
import { Engine } from "./engine.js";

let module = null;
let engine = null;

async function load(files) {
  // The WebAssembly's bytes are given (wasmBinary), so the engine fetches nothing.
  module ??= await createScdashEngine({ wasmBinary: scdashEngineWasm() });
  engine?.close();
  engine = new Engine(module);
  engine.onProgress = (event) => postMessage({ type: "progress", event });
  for (const { path, bytes } of files) {
    engine.addFile(path, bytes);
  }
}

function ran(choices) {
  const result = engine.run(choices);
  const outputs = result.outputs.map(({ path }) => ({ path, bytes: engine.file(path) }));
  postMessage(
    { type: "ran", result, outputs },
    outputs.map(({ bytes }) => bytes.buffer),
  );
}

self.onmessage = async ({ data }) => {
  try {
    if (data.type === "load") {
      await load(data.files);
      postMessage({ type: "loaded" });
    } else if (data.type === "run") {
      ran(data.choices);
    } else if (data.type === "add") {
      engine.addFile(data.path, data.bytes);
      postMessage({ type: "added" });
    } else if (data.type === "check") {
      const result = engine.check(data.path, data.mapping, data.displayName);
      postMessage({ type: "checked", result });
    } else if (data.type === "draft") {
      postMessage({ type: "drafted", result: engine.draftMapping(data.path, data.displayName) });
    }
  } catch (failure) {
    // The engine cannot be trusted after it aborted (out of memory, say): a new one is made when
    // the folder is given again.
    const lost = failure instanceof WebAssembly.RuntimeError;
    if (lost) {
      module = null;
      engine = null;
    }
    postMessage({ type: "failed", message: failure?.message ?? String(failure), lost });
  }
};
