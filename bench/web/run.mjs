// The WebAssembly engine beside the native one, in one run: the reader benchmark's police extract
// (bench/reader/make_extract.py, 1,000,000 rows by 9 columns) read through a mapping that counts
// every record (extract.yaml), and the example quarter's whole job, each by the native program,
// by the WebAssembly engine under Node, and by the page in headless Chromium. Prints the fastest
// of REPEAT runs of each, in seconds, and its ratio to native. Not a test.
//
//   node bench/web/run.mjs [ROWS]      default: 1000000; REPEAT=N (default 3)
//
// Needs build/scdash (scripts/build) and the page (scripts/web). Goals (issue 19): the extract
// within 2.5 times native; the example quarter in the page in under 3 seconds.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import { exampleFolder, sourceRoot } from "../../web/tests/example_folder.mjs";
import { nativeProgram, wasmEngine } from "../../web/tests/engine_modules.mjs";
import {
  checkReturn,
  giveZip,
  launchBrowser,
  makeDashboard,
  openPage,
  zipOf,
} from "../../web/tests/page_driver.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const rows = Number(process.argv[2] ?? 1_000_000);
const repeat = Number(process.env.REPEAT ?? 3);
const work = mkdtempSync(join(tmpdir(), "scdash-bench-web-"));

// The fastest of `repeat` runs of `once` (which returns its own seconds, or is timed here).
async function fastest(once) {
  let best = Infinity;
  for (let i = 0; i < repeat; i++) {
    const started = performance.now();
    const own = await once();
    best = Math.min(best, typeof own === "number" ? own : (performance.now() - started) / 1000);
  }
  return best;
}

function native(folder, args) {
  return fastest(() => {
    const started = performance.now();
    const ran = spawnSync(nativeProgram, args, {
      cwd: folder,
      stdio: "ignore",
    });
    if (ran.status > 1) {
      throw new Error(`${nativeProgram} ${args.join(" ")} failed (${ran.status})`);
    }
    return (performance.now() - started) / 1000;
  });
}

function onDisk(name, files) {
  const folder = join(work, name);
  for (const { path, bytes } of files) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), bytes);
  }
  return folder;
}

function print(what, seconds, base) {
  const ratio = base ? (seconds / base).toFixed(2) : "1.00";
  console.log(`  ${what.padEnd(40)} ${seconds.toFixed(3).padStart(9)} ${ratio.padStart(9)}`);
}

// The extract, made once and kept beside the reader benchmark's.
const extract = join(sourceRoot, "bench", "reader", "data", `extract-${rows}.xlsx`);
if (!existsSync(extract)) {
  mkdirSync(dirname(extract), { recursive: true });
  execFileSync("/usr/bin/python3", [
    join(sourceRoot, "bench/reader/make_extract.py"),
    `${rows}`,
    extract,
  ]);
}
const extractPath = `returns/extract-${rows}.xlsx`;
const extractFolder = [
  {
    path: "mappings/extract.yaml",
    bytes: readFileSync(join(here, "extract.yaml")),
  },
  ...exampleFolder().filter(({ path }) => path.startsWith("mappings/reference/")),
  { path: extractPath, bytes: readFileSync(extract) },
];
const example = exampleFolder();
const browser = await launchBrowser();
const refused = [];

console.log(`fastest of ${repeat} run(s); seconds, and the ratio to native`);
console.log(`  ${"".padEnd(40)} ${"seconds".padStart(9)} ${"x native".padStart(9)}`);
try {
  console.log(`the ${rows}-row extract, every record read through its mapping (scdash map)`);
  const extractOnDisk = onDisk("extract", extractFolder);
  const base = await native(extractOnDisk, [
    "map",
    extractPath,
    "--mappings",
    "mappings",
    "--quiet",
  ]);
  print("native (build/scdash)", base);
  const engine = await wasmEngine(extractFolder);
  print("WebAssembly under Node", await fastest(() => engine.check(extractPath)), base);
  engine.close();
  const { page } = await openPage(browser, (url) => refused.push(url));
  await giveZip(page, zipOf(extractOnDisk));
  print("the page in Chromium", await fastest(() => checkReturn(page, extractPath)), base);
  const shown = await page.$eval("#check-result", (result) => result.textContent);
  if (!shown.includes("Read with mappings/extract.yaml")) {
    throw new Error(`the page did not read the extract: ${shown.slice(0, 300)}`);
  }
  await page.close();

  console.log("the example quarter's whole job (scdash run: 96 returns, dashboard and report)");
  const exampleOnDisk = onDisk("partnership", example);
  const quarter = await native(exampleOnDisk, ["run", "--quiet"]);
  print("native (build/scdash)", quarter);
  const quarterEngine = await wasmEngine(example);
  print("WebAssembly under Node", await fastest(() => quarterEngine.run()), quarter);
  quarterEngine.close();
  const examplePage = (await openPage(browser, (url) => refused.push(url))).page;
  await giveZip(examplePage, zipOf(exampleOnDisk));
  print(
    "the page in Chromium",
    await fastest(async () => (await makeDashboard(examplePage)).seconds),
    quarter,
  );
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
if (refused.length > 0) {
  throw new Error(`the page asked for ${refused.join(", ")}`);
}
