// The two engines the tests compare: the WebAssembly one, loaded as the page's worker loads it,
// and the native program, run as an analyst runs it.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

import { Engine } from "../src/engine.js";
import { sourceRoot } from "./example_folder.mjs";

const buildFolder = process.env.SCDASH_WASM_BUILD ?? join(sourceRoot, "build-wasm");
export const nativeProgram = process.env.SCDASH_EXE ?? join(sourceRoot, "build", "scdash");

const engineFolder = join(buildFolder, "web", "engine");

// A WebAssembly engine holding `files` ([{path, bytes}]), given its bytes as the page gives them.
export async function wasmEngine(files) {
  const createScdashEngine = createRequire(import.meta.url)(join(engineFolder, "scdash-engine.js"));
  const wasmBinary = readFileSync(join(engineFolder, "scdash-engine.wasm"));
  const engine = new Engine(await createScdashEngine({ wasmBinary }));
  for (const { path, bytes } of files) {
    engine.addFile(path, bytes);
  }
  return engine;
}

// Runs the native program in `folder` with `args`; its exit status and standard output.
export function runNative(folder, args) {
  try {
    const stdout = execFileSync(nativeProgram, args, {
      cwd: folder,
      stdio: ["ignore", "pipe", "pipe"],
    });
    return { status: 0, stdout: stdout.toString() };
  } catch (failure) {
    if (typeof failure.status !== "number") {
      throw failure;
    }
    return { status: failure.status, stdout: failure.stdout.toString() };
  }
}
