// The File System Access and drop paths of the page, on stand-ins for the browser's handles and
// entries (a browser will not let a test answer its folder picker): the folder's files read with
// their paths, and the outputs written back all or none.
import assert from "node:assert/strict";
import { test } from "node:test";

import { filesOfDirectoryHandle, filesOfDrop } from "../src/folder_files.js";
import { writeOutputs } from "../src/write_back.js";

const bytes = (text) => new TextEncoder().encode(text);
const text = (data) => new TextDecoder().decode(data);

// A folder as showDirectoryPicker() gives it: `tree` maps names to text (files) or trees. A file
// whose name is in `failing` cannot be written.
function directoryHandle(name, tree, failing = new Set()) {
  return {
    kind: "directory",
    name,
    tree,
    async *entries() {
      for (const [child, content] of Object.entries(tree)) {
        yield [
          child,
          typeof content === "string"
            ? fileHandle(child, tree, failing)
            : directoryHandle(child, content, failing),
        ];
      }
    },
    async getDirectoryHandle(child, { create } = {}) {
      if (!(child in tree) && create) tree[child] = {};
      return directoryHandle(child, tree[child], failing);
    },
    async getFileHandle(child, { create } = {}) {
      if (!(child in tree) && create) tree[child] = "";
      return fileHandle(child, tree, failing);
    },
  };
}

// A file of `tree`; its writable keeps what is written in a swap copy until closed, as the
// browser's does, and aborting leaves the file as it was.
function fileHandle(name, tree, failing) {
  return {
    kind: "file",
    name,
    async getFile() {
      return new Blob([tree[name]]);
    },
    async createWritable() {
      let swap = "";
      return {
        async write(data) {
          if (failing.has(name)) throw new Error(`${name}: the disk is full`);
          swap += text(data);
        },
        async close() {
          tree[name] = swap;
        },
        async abort() {
          swap = "";
        },
      };
    },
  };
}

test("a folder picked is read whole, its paths relative to the folder", async () => {
  const picked = directoryHandle("partnership", {
    "scdash.yaml": "returns: returns\n",
    returns: { "2025-26-Q2": { "marac.csv": "Area,Cases\n" } },
    mappings: { "marac.yaml": "files: [marac*.csv]\n" },
  });
  const files = await filesOfDirectoryHandle(picked);
  assert.deepEqual(
    files.map(({ path }) => path),
    ["scdash.yaml", "returns/2025-26-Q2/marac.csv", "mappings/marac.yaml"],
  );
  assert.equal(text(files[1].bytes), "Area,Cases\n");
});

test("the outputs are written back into the folder picked, both", async () => {
  const tree = { "scdash.yaml": "x", out: { "dashboard.xlsx": "old", "report.json": "old" } };
  const said = await writeOutputs(directoryHandle("partnership", tree), [
    { path: "out/dashboard.xlsx", bytes: bytes("new workbook") },
    { path: "out/report.json", bytes: bytes("{}") },
  ]);
  assert.equal(said, "Wrote out/dashboard.xlsx and out/report.json into the folder.");
  assert.deepEqual(tree.out, { "dashboard.xlsx": "new workbook", "report.json": "{}" });
});

test("when one output cannot be written, neither is, and the folder's are kept", async () => {
  const tree = { out: { "dashboard.xlsx": "old", "report.json": "old" } };
  const said = await writeOutputs(directoryHandle("partnership", tree, new Set(["report.json"])), [
    { path: "out/dashboard.xlsx", bytes: bytes("new workbook") },
    { path: "out/report.json", bytes: bytes("{}") },
  ]);
  assert.match(said, /^Nothing was written into the folder \(report\.json: the disk is full\)/);
  assert.deepEqual(tree.out, { "dashboard.xlsx": "old", "report.json": "old" });
});

// What a drop gives: DataTransfer items whose entries are walked as FileSystemEntry objects.
function entry(name, content) {
  if (typeof content === "string") {
    return { isDirectory: false, name, file: (resolve) => resolve(new Blob([content])) };
  }
  const children = Object.entries(content).map(([child, inner]) => entry(child, inner));
  return {
    isDirectory: true,
    name,
    createReader() {
      let given = false;
      return {
        // As a browser's: a batch at a time, called back later; an empty batch at the end.
        readEntries(resolve) {
          const batch = given ? [] : children;
          given = true;
          setTimeout(() => resolve(batch));
        },
      };
    },
  };
}

test("a folder dropped is walked whole, its paths relative to its project file", async () => {
  const dropped = entry("partnership", { "scdash.yaml": "x", returns: { "marac.csv": "A,B\n" } });
  const files = await filesOfDrop({ items: [{ webkitGetAsEntry: () => dropped }], files: [] });
  assert.deepEqual(
    files.map(({ path }) => path),
    ["scdash.yaml", "returns/marac.csv"],
  );
  assert.equal(text(files[1].bytes), "A,B\n");
});
