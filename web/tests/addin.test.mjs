// The Excel add-in's dealings with Excel, in Node with Office.js replaced by office-addin-mock:
// the open workbook read in slices, a problem's cell selected, and the dashboard opened as a new
// workbook whose bytes are the native program's dashboard. The engine is the WebAssembly one.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";

import { ExcelBridge, base64Of } from "../src/addin/excel_bridge.js";
import { placeIn } from "../src/addin/places.js";
import { runNative, wasmEngine } from "./engine_modules.mjs";
import {
  exampleFolder,
  exampleReturn,
  sourceRoot,
  withTextInCell,
  writeFiles,
} from "./example_folder.mjs";
import { officeMocks } from "./office_mocks.mjs";

const folders = [];
after(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));
const newFolder = () => {
  const folder = mkdtempSync(join(tmpdir(), "scdash-addin-"));
  folders.push(folder);
  return folder;
};

const MARAC = "marac-2025-26-Q2.xlsx";
const brokenMarac = () => withTextInCell(exampleReturn(MARAC), "D6", "four");

test("the open workbook is read from Excel slice by slice, exactly, and let go", async () => {
  const bytes = brokenMarac();
  const { Office, Excel, record } = officeMocks({
    workbook: { url: `C:\\Returns\\${MARAC}`, bytes, sheets: ["Return"] },
    slice: 1000,
  });
  const read = await new ExcelBridge(Office, Excel).workbookBytes();
  assert.ok(Buffer.from(read).equals(bytes));
  assert.ok(bytes.length > 5000, "the workbook came in several slices");
  assert.equal(record.openFiles, 1);
  assert.equal(record.closedFiles, 1);
});

test("a workbook Excel gives short is refused, and still let go", async () => {
  const bytes = exampleReturn(MARAC);
  const { Office, Excel, record } = officeMocks({
    workbook: { url: MARAC, bytes, sheets: ["Return"] },
    slice: 1000,
  });
  const bridge = new ExcelBridge(Office, Excel);
  const real = Office.context.document.getFileAsync;
  Office.context.document.getFileAsync = (type, options, callback) =>
    real(type, options, (result) => callback({ ...result, value: { ...result.value, size: 1e6 } }));
  await assert.rejects(bridge.workbookBytes(), /Excel gave \d+ of the workbook's 1000000 bytes/);
  assert.equal(record.closedFiles, 1);
});

test("the open workbook is named as its path or address ends, or as unsaved", () => {
  const name = (url) =>
    new ExcelBridge(
      officeMocks({ workbook: { url, bytes: new Uint8Array(), sheets: [] } }).Office,
      null,
    ).workbookName();
  assert.equal(name("C:\\Users\\analyst\\Returns\\hate Q2.xlsx"), "hate Q2.xlsx");
  assert.equal(
    name("https://council.sharepoint.com/sites/bi/Shared%20Documents/ASB%20(Q2).xlsx?web=1"),
    "ASB (Q2).xlsx",
  );
  assert.equal(name("/Users/analyst/Returns/50%.xlsx"), "50%.xlsx");
  assert.equal(name(""), "Unsaved workbook.xlsx");
});

test("a place in the open workbook is its sheet and cell; other places are none", () => {
  assert.deepEqual(placeIn(`${MARAC}!Return!D6`, MARAC), { sheet: "Return", cell: "D6" });
  assert.deepEqual(placeIn("a.xlsx!Q2 ! totals!AB12", "a.xlsx"), {
    sheet: "Q2 ! totals",
    cell: "AB12",
  });
  assert.deepEqual(placeIn("a.xlsx!Return", "a.xlsx"), { sheet: "Return", cell: null });
  assert.equal(placeIn("a.xlsx", "a.xlsx"), null);
  assert.equal(placeIn("mappings/marac.yaml:12:3", "a.xlsx"), null);
  assert.equal(placeIn("b.xlsx!Return!D6", "a.xlsx"), null);
});

test("checking the open workbook finds what the native program finds, and goes to its cell", async () => {
  const bytes = brokenMarac();
  const { Office, Excel, record } = officeMocks({
    workbook: { url: `C:\\Returns\\${MARAC}`, bytes, sheets: ["Return"] },
  });
  const bridge = new ExcelBridge(Office, Excel);
  const engine = await wasmEngine(exampleFolder());
  const name = bridge.workbookName();
  engine.addFile(`.excel-open-workbook/${name}`, await bridge.workbookBytes());
  const checked = engine.check(`.excel-open-workbook/${name}`, "", name);
  engine.close();

  const folder = writeFiles(newFolder(), [{ path: MARAC, bytes }]);
  const native = runNative(folder, ["map", MARAC, "--mappings", join(sourceRoot, "mappings")]);
  assert.equal(native.status, 1, "a return with an error");
  // Each figure, read or rejected, by its cell, as the native program lists them.
  const nativeCells = native.stdout.match(/\S+![A-Z]+[0-9]+$/gm);
  assert.deepEqual(
    checked.figures.map(({ cell }) => cell.slice(`${MARAC}!`.length)),
    nativeCells,
  );

  const problem = checked.diagnostics.find(({ code }) => code === "value-not-number");
  assert.equal(problem?.location, `${MARAC}!Return!D6`);
  await bridge.select(placeIn(problem.location, name));
  assert.deepEqual(record.activated, ["Return"]);
  assert.deepEqual(record.selected, [{ sheet: "Return", cell: "D6" }]);
  await assert.rejects(bridge.select({ sheet: "Sheet9", cell: "A1" }), /ItemNotFound/);
});

test("the dashboard opened in Excel is the native program's, byte for byte", async () => {
  const files = exampleFolder();
  const folder = writeFiles(newFolder(), files);
  assert.equal(runNative(folder, ["run"]).status, 0);
  const native = readFileSync(join(folder, "out", "dashboard.xlsx"));

  const engine = await wasmEngine(files);
  assert.equal(engine.run().stop, "none");
  const made = engine.file("out/dashboard.xlsx");
  engine.close();
  const { Office, Excel, record } = officeMocks({
    workbook: { url: "", bytes: new Uint8Array(), sheets: [] },
  });
  const bridge = new ExcelBridge(Office, Excel);
  assert.ok(bridge.canOpenWorkbooks());
  await bridge.openWorkbook(made);
  assert.equal(record.created.length, 1);
  assert.ok(Buffer.from(record.created[0], "base64").equals(native));
  assert.equal(
    base64Of(new Uint8Array(0x20001).fill(7)),
    Buffer.alloc(0x20001, 7).toString("base64"),
  );
});

test("an Excel older than ExcelApi 1.8 is known not to open workbooks", () => {
  const { Office, Excel } = officeMocks({
    workbook: { url: "", bytes: new Uint8Array(), sheets: [] },
    excelApi: "1.7",
  });
  assert.equal(new ExcelBridge(Office, Excel).canOpenWorkbooks(), false);
});
