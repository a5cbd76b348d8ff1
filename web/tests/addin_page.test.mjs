// The Excel add-in's task pane as an analyst uses it, in headless Chromium, served over HTTP as
// IT serves it, with Office.js replaced at its boundary by office-addin-mock (office_mocks.mjs):
// the folder given as a .zip, the dashboard built and opened in "Excel" (its bytes the native
// dashboard's), the open workbook checked (the native program's figures, each problem a way to
// its cell) and a mapping drafted (the native init-mapping's text). Any request beyond the
// pane's own origin fails the test; screenshots are kept in build-wasm/web/screenshots/.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";

import { build } from "esbuild";

import { runNative } from "./engine_modules.mjs";
import {
  exampleFolder,
  exampleReturn,
  sourceRoot,
  withTextInCell,
  writeFiles,
} from "./example_folder.mjs";
import { launchBrowser, pagePath, zipOf } from "./page_driver.mjs";
import { serveFolder } from "./static_server.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const bundleFolder = dirname(pagePath);
const screenshots = join(bundleFolder, "screenshots");
const work = mkdtempSync(join(tmpdir(), "scdash-addin-page-"));
const MARAC = "marac-2025-26-Q2.xlsx";

let browser;
let server;
let officeMock;
let partnershipZip;

before(async () => {
  mkdirSync(screenshots, { recursive: true });
  const bundled = await build({
    entryPoints: [join(here, "office_mock_page.mjs")],
    bundle: true,
    format: "iife",
    write: false,
    alias: { "office-addin-manifest": join(here, "office_addin_manifest_stub.mjs") },
  });
  officeMock = bundled.outputFiles[0].text;
  partnershipZip = zipOf(writeFiles(join(work, "partnership"), exampleFolder()));
  server = await serveFolder(bundleFolder);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

// The task pane at `fragment`, in a pane as narrow as Excel's, with `workbook` open in Excel
// ({url, bytes, sheets}; host null for a plain browser). Requests beyond the server are refused
// and kept in `refused`; errors the pane throws, in `errors`.
async function openPane(fragment, { url, bytes, sheets, host }) {
  const page = await browser.newPage();
  await page.setViewport({ width: 360, height: 900 });
  const refused = [];
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    const address = request.url();
    if (address === `${server.url}excel-add-in/office/office.js`) {
      request.respond({ status: 200, contentType: "text/javascript", body: officeMock });
    } else if (address.startsWith(server.url) || /^(blob|data):/.test(address)) {
      request.continue();
    } else {
      refused.push(address);
      request.abort();
    }
  });
  const base64 = Buffer.from(bytes).toString("base64");
  await page.evaluateOnNewDocument((given) => (window.scdashTestOffice = given), {
    url,
    base64,
    sheets,
    host,
  });
  await page.goto(`${server.url}excel-add-in/taskpane.html${fragment}`);
  return { page, refused, errors };
}

const openMarac = (bytes) => ({ url: `C:\\Returns\\${MARAC}`, bytes, sheets: ["Return"] });

async function giveFolder(page) {
  await (await page.$("#zip-input")).uploadFile(partnershipZip);
  await page.waitForFunction(() => !document.getElementById("run").disabled, { timeout: 120_000 });
}

const shot = (page, name) =>
  page.screenshot({ path: join(screenshots, `add-in-${name}.png`), fullPage: true });

test("the dashboard is built in the pane and opened in Excel, byte for byte the native one", async () => {
  const folder = join(work, "partnership");
  const native = runNative(folder, ["run", "--json"]);
  assert.equal(native.status, 0);
  const dashboard = readFileSync(join(folder, "out", "dashboard.xlsx"));

  const { page, refused, errors } = await openPane("#build", openMarac(exampleReturn(MARAC)));
  await giveFolder(page);
  await page.click("#run");
  await page.waitForFunction(
    () => /open as a new workbook/.test(document.getElementById("open-status").textContent),
    { timeout: 120_000 },
  );
  const created = await page.evaluate(() => window.officeRecord.created);
  assert.equal(created.length, 1);
  assert.ok(Buffer.from(created[0], "base64").equals(dashboard));
  const shown = await page.$eval("#diagnostics caption", (caption) => caption.textContent);
  const count = JSON.parse(native.stdout).diagnostics.length;
  assert.equal(shown, `${count} of ${count} shown`);
  const downloads = await page.$$eval("#downloads a", (links) =>
    links.map((link) => link.download),
  );
  // The example's project file asks for the board report's draft too.
  assert.deepEqual(downloads.sort(), [
    "board-report.docx",
    "board-report.md",
    "dashboard.xlsx",
    "report.json",
  ]);
  await shot(page, "1-built");

  await page.click("#open-dashboard");
  await page.waitForFunction(() => window.officeRecord.created.length === 2);
  assert.deepEqual(refused, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the open workbook is checked with the folder's mappings, and a problem goes to its cell", async () => {
  const bytes = withTextInCell(exampleReturn(MARAC), "D6", "four");
  const native = runNative(writeFiles(join(work, "check"), [{ path: MARAC, bytes }]), [
    "map",
    MARAC,
    "--mappings",
    join(sourceRoot, "mappings"),
  ]);
  const { page, refused, errors } = await openPane("#check", openMarac(bytes));
  await giveFolder(page);
  await page.click("#check-run");
  await page.waitForSelector("#check-result table", { timeout: 60_000 });
  const text = await page.$eval("#check-result", (result) => result.textContent);
  assert.match(text, /Read with mappings\/marac\.yaml/);
  const cells = await page.$$eval("#check-result table:first-of-type tbody tr", (rows) =>
    rows.map((row) => row.cells[0].textContent),
  );
  assert.deepEqual(cells, native.stdout.match(/\S+![A-Z]+[0-9]+$/gm));
  const problem = await page.$$eval("#check-result button.place", (buttons) =>
    buttons.map((button) => button.textContent).filter((place) => place.endsWith("!D6")),
  );
  assert.ok(problem.length >= 1, "the rejected figure and its problem name D6");
  await shot(page, "2-checked");
  const buttons = await page.$$("#check-result button.place");
  for (const button of buttons) {
    if ((await button.evaluate((element) => element.textContent)).endsWith("!D6")) {
      await button.click();
      break;
    }
  }
  await page.waitForFunction(() => window.officeRecord.selected.length === 1);
  assert.deepEqual(await page.evaluate(() => window.officeRecord.selected), [
    { sheet: "Return", cell: "D6" },
  ]);
  assert.deepEqual(refused, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a mapping drafted from the open workbook is the native init-mapping's, ready to save", async () => {
  const asb = "asb-incidents-2025-26-Q2.xlsx";
  const bytes = exampleReturn(asb);
  const native = runNative(writeFiles(join(work, "draft"), [{ path: asb, bytes }]), [
    "init-mapping",
    asb,
    "--mappings",
    join(sourceRoot, "mappings"),
  ]);
  assert.equal(native.status, 0);
  const { page, errors } = await openPane("#check", {
    url: `https://council.sharepoint.com/sites/bi/Returns/${asb}?web=1`,
    bytes,
    sheets: ["ASB incidents"],
  });
  await giveFolder(page);
  await page.click("#draft-run");
  await page.waitForSelector("#draft:not([hidden])", { timeout: 60_000 });
  assert.equal(await page.$eval("#draft-yaml", (area) => area.value), native.stdout);
  const save = await page.$eval("#draft-save a", (link) => link.download);
  assert.equal(save, "asb-incidents-2025-26-Q2.yaml");
  await shot(page, "3-drafted");
  assert.deepEqual(errors, []);
  await page.close();
});

test("outside Excel the pane says where it belongs, and builds the dashboard only", async () => {
  const { page } = await openPane("", { url: "", bytes: new Uint8Array(), sheets: [], host: null });
  await page.waitForFunction(() => document.getElementById("office-status").textContent !== "");
  assert.match(
    await page.$eval("#office-status", (status) => status.textContent),
    /open it from Excel's ribbon/,
  );
  await giveFolder(page);
  assert.equal(await page.$eval("#check-run", (button) => button.disabled), true);
  assert.equal(await page.$eval("#run", (button) => button.disabled), false);
  await page.close();
});
