// The page as an analyst uses it, in headless Chromium from file://: given the example folder as
// a .zip, it makes the dashboard, shows the figures report.json holds, offers a workbook that is
// byte for byte the native one, and shows a broken return's problem. Any request to a URL fails
// the test; a screenshot of each step is kept in build-wasm/web/screenshots/.
import assert from "node:assert/strict";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before, test } from "node:test";

import { exampleFolder, policeExampleFolder } from "./example_folder.mjs";
import { runNative } from "./engine_modules.mjs";
import {
  checkReturn,
  giveZip,
  launchBrowser,
  makeDashboard,
  openPage,
  pagePath,
  zipOf,
} from "./page_driver.mjs";

const screenshots = join(dirname(pagePath), "screenshots");
const work = mkdtempSync(join(tmpdir(), "scdash-page-"));
const number = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });

let browser;
const requests = [];
const open = () => openPage(browser, (url) => requests.push(url));

// `files` written under a folder named `name` in the work folder; the folder.
function onDisk(name, files) {
  const folder = join(work, name);
  for (const { path, bytes } of files) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), bytes);
  }
  return folder;
}

async function shot(page, name) {
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
}

before(async () => {
  mkdirSync(screenshots, { recursive: true });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
  assert.deepEqual(requests, [], "the page asked for nothing beyond itself");
});

test("the page makes the example dashboard from a .zip, showing report.json's figures", async () => {
  const folder = onDisk("partnership", exampleFolder());
  const native = runNative(folder, ["run", "--publish"]);
  assert.ok(native.status <= 1, "the native program made the dashboard");
  const report = JSON.parse(readFileSync(join(folder, "out", "report.json"), "utf8"));
  const zip = zipOf(folder);

  const { page, errors } = await open();
  await shot(page, "1-opened");
  await giveZip(page, zip);
  await shot(page, "2-folder-given");
  await page.click("#publish");
  const { status } = await makeDashboard(page);
  await shot(page, "3-dashboard-made");
  assert.match(status, /^Made the dashboard for 2025\/26 Q2/);

  // The figures of several indicators, as the table shows them, against report.json's.
  const shown = await page.$$eval("#dashboard tbody tr", (rows) =>
    rows.map((row) => [...row.cells].map((cell) => cell.textContent)),
  );
  assert.equal(shown.length, report.indicators.length);
  const ragLabels = { Red: "R", Amber: "A", Green: "G", Grey: "n/a" };
  for (const id of [
    "total_crime",
    "marac_repeats",
    "asb_environmental",
    "hate_crimes",
    "racially_religiously_aggravated",
  ]) {
    const index = report.indicators.findIndex((indicator) => indicator.id === id);
    assert.ok(index >= 0, `${id} is in report.json`);
    const indicator = report.indicators[index];
    assert.equal(shown[index][2], indicator.label);
    const current = indicator.current?.value ?? null;
    assert.equal(
      shown[index][4],
      current === null ? "n/a" : number.format(current),
      `${id}: current`,
    );
    assert.equal(shown[index][7], ragLabels[indicator.progress.rag], `${id}: RAG`);
  }
  // What an indicator does not have is "–", as in the workbook: MARAC has no comparators and
  // no district breakdown; total crime has both, its comparisons ranked.
  const marac = report.indicators.findIndex((indicator) => indicator.id === "marac_repeats");
  assert.deepEqual(shown[marac].slice(8), Array(shown[marac].length - 8).fill("–"));
  const crime = report.indicators.findIndex((indicator) => indicator.id === "total_crime");
  assert.deepEqual(shown[crime].slice(8, 10), [
    report.indicators[crime].most_similar_group_rank,
    report.indicators[crime].county_comparison,
  ]);
  // The board report's draft (the example's project file asks for it), as board-report.md says
  // it: its sections, and the seed report's key points in its terms.
  const draft = await page.$eval("#board-report", (element) => ({
    headings: [...element.querySelectorAll("h5")].map((heading) => heading.textContent),
    points: [...element.querySelectorAll("li")].map((point) => point.textContent),
  }));
  assert.deepEqual(draft.headings, [
    "Introduction",
    "Recommendations",
    "Officers to contact",
    "Appendices",
  ]);
  assert.ok(
    draft.points.includes(
      "The hate crime rate has remained stable at 1.42, against 1.49 in the previous year. " +
        "Harborough and Rutland are significantly lower than Leicestershire as a whole. " +
        "Charnwood and Oadby and Wigston are significantly higher than Leicestershire as a whole.",
    ),
  );
  const section = await page.$("#board-report-section");
  await section.screenshot({ path: join(screenshots, "3-board-report.png") });
  const nativeDraft = readFileSync(join(folder, "out", "board-report.md"), "utf8");
  const escaped = (text) => text.replace(/[\\*_`[\]<#]/g, "\\$&");
  for (const point of draft.points) {
    assert.ok(nativeDraft.includes(`- ${escaped(point)}\n`), point);
  }
  const summary = await page.$eval("#summary", (element) => element.textContent);
  assert.match(summary, new RegExp(`${report.accounting.figures} figure\\(s\\)`));

  // Each return with its mapping, its figures and its status, as report.json and the diagnostics
  // have them: the example's warnings fall on returns, which say so.
  const returns = await page.$$eval("#returns tbody tr", (rows) =>
    rows.map((row) => [...row.cells].map((cell) => cell.textContent)),
  );
  const read = report.inputs.filter((input) => input.kind === "return");
  assert.equal(returns.length, read.length);
  assert.deepEqual(returns[0].slice(0, 2), [read[0].file, read[0].mapping]);
  const warned = new Set(
    report.diagnostics
      .filter((diagnostic) => diagnostic.severity === "warning")
      .map((diagnostic) => diagnostic.location.split("!")[0]),
  );
  for (const [file, , , status] of returns) {
    assert.equal(status === "read", !warned.has(file), `${file}: ${status}`);
  }

  // The workbook and the board report offered, and their copies to publish, are the native
  // ones, byte for byte.
  const downloads = join(work, "downloads");
  mkdirSync(downloads, { recursive: true });
  const session = await page.createCDPSession();
  await session.send("Browser.setDownloadBehavior", {
    behavior: "allow",
    downloadPath: downloads,
    eventsEnabled: true,
  });
  // Chromium reserves a download's name with an empty file before it writes it, so the file's
  // being there does not say it is whole: its "completed" event does.
  const completed = () =>
    new Promise((resolve) => {
      const progress = ({ state }) => {
        if (state === "completed") {
          session.off("Browser.downloadProgress", progress);
          resolve();
        }
      };
      session.on("Browser.downloadProgress", progress);
    });
  for (const name of [
    "dashboard.xlsx",
    "board-report.docx",
    "dashboard-published.xlsx",
    "board-report-published.docx",
  ]) {
    const downloaded = completed();
    await page.click(`#downloads a[download="${name}"]`);
    await downloaded;
    const bytes = readFileSync(join(downloads, name));
    assert.ok(bytes.equals(readFileSync(join(folder, "out", name))), name);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test("the page makes the second dashboard, the scorecard, with its targets and gaps", async () => {
  const folder = onDisk("force", policeExampleFolder());
  const native = runNative(folder, ["run"]);
  assert.equal(native.status, 0, "the native program made the scorecard");
  const report = JSON.parse(readFileSync(join(folder, "report.json"), "utf8"));

  const { page, errors } = await open();
  await giveZip(page, zipOf(folder));
  const { status } = await makeDashboard(page);
  await shot(page, "7-scorecard-made");
  assert.match(status, /^Made the dashboard for 2025\/26 Q2/);
  const headers = await page.$$eval("#dashboard thead th", (cells) =>
    cells.map((cell) => cell.textContent),
  );
  const shown = await page.$$eval("#dashboard tbody tr", (rows) =>
    rows.map((row) => [...row.cells].map((cell) => cell.textContent)),
  );
  const column = (heading) => headers.indexOf(heading);
  assert.ok(column("Target") > 0 && column("Gap to target") > 0 && column("Classification") > 0);
  // The seed's domestic burglary: 263 crimes short of the 13% reduction target; its outcome rate
  // 219 outcomes short of 25%; both classified High by the force.
  for (const [id, gap] of [
    ["domestic_burglary", "+263"],
    ["domestic_burglary_outcomes", "-219"],
  ]) {
    const index = report.indicators.findIndex((indicator) => indicator.id === id);
    assert.equal(shown[index][column("Gap to target")], gap, id);
    assert.equal(shown[index][column("Classification")], "High", id);
    assert.equal(
      shown[index][column("Target")],
      number.format(report.indicators[index].target.headline.level),
      id,
    );
  }
  // Satisfaction has no classification, and all crime's outcome rate no target.
  const satisfaction = report.indicators.findIndex((i) => i.id === "satisfaction_burglary");
  assert.equal(shown[satisfaction][column("Classification")], "–");
  const outcomes = report.indicators.findIndex((i) => i.id === "all_crime_outcomes");
  assert.equal(shown[outcomes][column("Target")], "–");
  assert.deepEqual(errors, []);
  await page.close();
});

test("a broken return shows its problem by place, and the page goes on", async () => {
  const quarter = "examples/returns/2025-26-Q2";
  const files = exampleFolder().map((file) =>
    file.path === `${quarter}/marac-2025-26-Q2.xlsx`
      ? { path: file.path, bytes: file.bytes.subarray(0, 4000) }
      : file,
  );
  const zip = zipOf(onDisk("broken", files));
  const { page, errors } = await open();
  await giveZip(page, zip);
  await makeDashboard(page);
  await page.select("#filter-severity", "error");
  const problems = await page.$$eval("#diagnostics tbody tr", (rows) =>
    rows.map((row) => [...row.cells].map((cell) => cell.textContent)),
  );
  await shot(page, "4-broken-return");
  const marac = problems.find(([where]) => where.includes("marac-2025-26-Q2.xlsx"));
  assert.ok(marac, JSON.stringify(problems));
  assert.equal(marac[4], "xlsx-damaged-zip");
  assert.deepEqual(errors, []);
  await page.close();
});

test("a .zip that is not one is refused with its name, in place of the folder given before", async () => {
  const zip = join(work, "not-a-folder.zip");
  writeFileSync(zip, "these are not the returns");
  const { page } = await open();
  await giveZip(page, join(work, "partnership.zip"));
  await (await page.$("#zip-input")).uploadFile(zip);
  await page.waitForFunction(
    () => document.getElementById("folder-status").textContent.includes("cannot be read"),
    { timeout: 10_000 },
  );
  const status = await page.$eval("#folder-status", (element) => element.textContent);
  assert.match(status, /not-a-folder\.zip is not a \.zip archive/);
  assert.equal(await page.$eval("#run", (button) => button.disabled), true);
  assert.equal(await page.$eval("#check", (section) => section.hidden), true);
  await shot(page, "5-not-a-zip");
  await page.close();
});

test("one return checked in the page shows what its mapping reads", async () => {
  const zip = join(work, "partnership.zip");
  const { page } = await open();
  await giveZip(page, existsSync(zip) ? zip : zipOf(onDisk("partnership-check", exampleFolder())));
  await checkReturn(page, "examples/returns/2025-26-Q2/marac-2025-26-Q2.xlsx");
  const text = await page.$eval("#check-result", (element) => element.textContent);
  await shot(page, "6-check-one-return");
  assert.match(text, /Read with mappings\/marac\.yaml/);
  assert.match(text, /marac\.repeat_cases/);
  await page.close();
});

test("the screenshots of each step are kept for people to look at", () => {
  assert.ok(readdirSync(screenshots).length >= 6);
});
