// The WebAssembly engine under Node gives what the native program gives: the same dashboard and
// report, byte for byte, and the same diagnostics for returns that are broken or hostile.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, test } from "node:test";

import { exampleFolder } from "./example_folder.mjs";
import { runNative, wasmEngine } from "./engine_modules.mjs";

const folders = [];
after(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

// `files` written into a new folder on disk, for the native program.
function onDisk(files) {
  const folder = mkdtempSync(join(tmpdir(), "scdash-web-"));
  folders.push(folder);
  for (const { path, bytes } of files) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), bytes);
  }
  return folder;
}

// Both engines' runs of `files`: the native program's --json and outputs, and the engine's.
async function runBoth(files) {
  const folder = onDisk(files);
  const native = runNative(folder, ["run", "--json"]);
  const engine = await wasmEngine(files);
  const wasm = engine.run();
  const outputs = ["out/dashboard.xlsx", "out/report.json"].map((path) => ({
    path,
    native: native.status <= 1 ? readFileSync(join(folder, path)) : null,
    wasm: engine.file(path),
  }));
  engine.close();
  return { native: JSON.parse(native.stdout), wasm, outputs };
}

test("the example folder gives a byte-identical dashboard and report in WebAssembly", async () => {
  const { native, wasm, outputs } = await runBoth(exampleFolder());
  assert.equal(wasm.stop, "none");
  assert.equal(wasm.quarter, native.quarter);
  assert.deepEqual(wasm.summary, native.summary);
  assert.deepEqual(wasm.diagnostics, native.diagnostics);
  for (const { path, native: expected, wasm: made } of outputs) {
    assert.ok(made, `${path} was made`);
    assert.ok(Buffer.from(made).equals(expected), `${path} is byte-identical to the native one`);
  }
});

test("broken and hostile returns give the same diagnostics in WebAssembly as natively", async () => {
  const quarter = "examples/returns/2025-26-Q2";
  const files = exampleFolder().map((file) =>
    file.path === `${quarter}/marac-2025-26-Q2.xlsx`
      ? { path: file.path, bytes: file.bytes.subarray(0, file.bytes.length / 2) } // cut short
      : file,
  );
  files.push(
    { path: `${quarter}/not-a-workbook.xls`, bytes: Buffer.from("this is not a workbook\n") },
    {
      path: `${quarter}/iom-cohort-2025-26-Q2 (copy).csv`,
      bytes: Buffer.from([0x22, 0x41, 0x07, 0xff, 0xfe, 0x22, 0x2c, 0x31, 0x0a]),
    },
  );
  const { native, wasm, outputs } = await runBoth(files);
  assert.equal(wasm.stop, "none");
  const codes = wasm.diagnostics.map((diagnostic) => diagnostic.code);
  assert.ok(codes.includes("xlsx-damaged-zip"), codes.join(", "));
  assert.deepEqual(wasm.diagnostics, native.diagnostics);
  for (const { path, native: expected, wasm: made } of outputs) {
    assert.ok(Buffer.from(made).equals(expected), `${path} is byte-identical to the native one`);
  }
});

test("a project file with a mistake stops the job in WebAssembly, named at its line", async () => {
  const files = exampleFolder().map((file) =>
    file.path === "scdash.yaml" ? { path: file.path, bytes: Buffer.from("retruns: x\n") } : file,
  );
  const engine = await wasmEngine(files);
  const result = engine.run();
  engine.close();
  assert.equal(result.stop, "project_errors");
  assert.equal(result.diagnostics[0].location, "scdash.yaml:1:1");
});

test("checking one return in WebAssembly gives the figures its mapping reads", async () => {
  const engine = await wasmEngine(exampleFolder());
  const checked = engine.check("examples/returns/2025-26-Q2/marac-2025-26-Q2.xlsx");
  engine.close();
  assert.equal(checked.stop, "none");
  assert.equal(checked.mapping, "mappings/marac.yaml");
  assert.deepEqual(
    [...new Set(checked.figures.map((figure) => figure.measure))],
    ["marac.cases", "marac.repeat_cases"],
  );
  assert.equal(checked.figures.length, checked.cells.read);
  assert.deepEqual(Object.values(checked.areas).sort(), ["Leicestershire", "Rutland"]);
});
