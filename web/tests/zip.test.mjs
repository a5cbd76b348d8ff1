// The page's reader of a .zip of the folder, on real archives made by Python's zipfile, and on
// archives broken the ways a download or a hostile sender breaks them: each is an error naming
// the archive and the entry, never a file left out.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";

import { relativeToProject } from "../src/folder_files.js";
import { readZip } from "../src/zip.js";

const work = mkdtempSync(join(tmpdir(), "scdash-zip-"));
after(() => rmSync(work, { recursive: true, force: true }));

// A .zip written by Python: `entries` is [[name, text, "deflated" | "stored" | "bzip2"]].
function pythonZip(name, entries) {
  const path = join(work, name);
  const script = `
import json, sys, zipfile
methods = {"deflated": zipfile.ZIP_DEFLATED, "stored": zipfile.ZIP_STORED, "bzip2": zipfile.ZIP_BZIP2}
with zipfile.ZipFile(sys.argv[1], "w") as z:
    for name, text, method in json.load(sys.stdin):
        info = zipfile.ZipInfo(name, (2025, 10, 1, 0, 0, 0))
        info.compress_type = methods[method]
        z.writestr(info, text)
`;
  execFileSync("python3", ["-c", script, path], { input: JSON.stringify(entries) });
  const bytes = readFileSync(path);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
}

const text = (bytes) => new TextDecoder().decode(bytes);
const folder = [
  ["partnership/scdash.yaml", "returns: returns\n", "deflated"],
  ["partnership/returns/marac.csv", "Area,Cases\nRutland,12\n".repeat(50), "deflated"],
  ["partnership/mappings/marac.yaml", "files: [marac*.csv]\n", "stored"],
];

// The byte offset of the central directory entry of the archive's `index`-th entry.
function directoryEntry(buffer, index) {
  const view = new DataView(buffer);
  let at = view.byteLength - 22;
  while (view.getUint32(at, true) !== 0x06054b50) at--;
  at = view.getUint32(at + 16, true);
  for (let i = 0; i < index; i++) {
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  return at;
}

test("a zip of the folder gives every file, stored or deflated, relative to the project", async () => {
  const files = relativeToProject(await readZip(pythonZip("folder.zip", folder), "folder.zip"));
  assert.deepEqual(
    files.map(({ path }) => path),
    ["scdash.yaml", "returns/marac.csv", "mappings/marac.yaml"],
  );
  assert.equal(text(files[1].bytes), folder[1][1]);
  assert.equal(text(files[2].bytes), folder[2][1]);
});

test("an archive of more than 65,535 files, which needs zip64's directory, is read", async () => {
  const many = Array.from({ length: 70_000 }, (_, i) => [`returns/${i}.csv`, `${i}`, "stored"]);
  const files = await readZip(pythonZip("zip64.zip", many), "zip64.zip");
  assert.equal(files.length, 70_000);
  assert.equal(files[69_999].path, "returns/69999.csv");
  assert.equal(text(files[69_999].bytes), "69999");
});

test("a folder without a project file is taken from the one folder that holds it all", () => {
  const files = [
    { path: "extract/mappings/a.yaml", bytes: new Uint8Array() },
    { path: "extract/returns/a.xlsx", bytes: new Uint8Array() },
  ];
  assert.deepEqual(
    relativeToProject(files).map(({ path }) => path),
    ["mappings/a.yaml", "returns/a.xlsx"],
  );
  const loose = [{ path: "a.yaml", bytes: new Uint8Array() }, ...files];
  assert.deepEqual(relativeToProject(loose), loose);
});

test("a file that is not a zip, or is cut short, is refused by name", async () => {
  await assert.rejects(readZip(new TextEncoder().encode("not a zip").buffer, "returns.zip"), {
    message: "returns.zip is not a .zip archive, or is cut short (it has no central directory)",
  });
  const whole = pythonZip("cut.zip", folder);
  await assert.rejects(
    readZip(whole.slice(0, whole.byteLength - 30), "cut.zip"),
    /cut\.zip is not a \.zip archive, or is cut short/,
  );
});

test("an entry whose bytes do not match its checksum is refused by name", async () => {
  const buffer = pythonZip("crc.zip", folder);
  const bytes = new Uint8Array(buffer);
  const local = new DataView(buffer).getUint32(directoryEntry(buffer, 2) + 42, true);
  const start =
    local +
    30 +
    new DataView(buffer).getUint16(local + 26, true) +
    new DataView(buffer).getUint16(local + 28, true);
  bytes[start] ^= 0xff; // the stored entry's first byte
  await assert.rejects(readZip(buffer, "crc.zip"), {
    message:
      "crc.zip: the entry partnership/mappings/marac.yaml is damaged: its contents do not match their checksum (CRC)",
  });
});

test("an entry that expands beyond its declared size is refused, as a zip bomb's would be", async () => {
  const buffer = pythonZip("bomb.zip", folder);
  new DataView(buffer).setUint32(directoryEntry(buffer, 1) + 24, 10, true); // declared: 10 bytes
  await assert.rejects(readZip(buffer, "bomb.zip"), {
    message:
      "bomb.zip: the entry partnership/returns/marac.csv expands beyond the size its archive declares",
  });
});

test("encrypted entries, other methods and paths out of the folder are refused by name", async () => {
  const encrypted = pythonZip("encrypted.zip", folder);
  const view = new DataView(encrypted);
  view.setUint16(directoryEntry(encrypted, 0) + 8, 1, true);
  await assert.rejects(
    readZip(encrypted, "encrypted.zip"),
    /the entry partnership\/scdash\.yaml is encrypted/,
  );

  await assert.rejects(readZip(pythonZip("bzip2.zip", [["a.csv", "x", "bzip2"]]), "bzip2.zip"), {
    message: "bzip2.zip: the entry a.csv is compressed with method 12, which a browser cannot read",
  });
  await assert.rejects(
    readZip(pythonZip("escape.zip", [["../../etc/passwd", "x", "stored"]]), "escape.zip"),
    {
      message: "escape.zip: the entry ../../etc/passwd has a path outside the folder",
    },
  );
});
